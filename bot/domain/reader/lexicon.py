"""The words the reader listens for, as compiled patterns over the skeleton.

The skeleton has one placeholder per time expression (``P`` point, ``R`` range, ``D``
duration, see :mod:`bot.domain.reader.expressions`), so ``P回`` is any "<time> 回".
"""

from __future__ import annotations

from bot.domain.pattern_gate import compile_gated, compile_lazy
from bot.domain.reader import names, places
from bot.domain.reader.expressions import ANY, DUR, POINT, RANGE

P, D, T = POINT, DUR, ANY
TC = POINT + RANGE + DUR  # the placeholders, for use inside a character class
STOP = r",.;:!?。\n"  # clause ends (normalised punctuation)

_INDOORS_WORDS = r"(?:[\d一二三四五六七八九十几顶]楼|楼上|楼下|会议室)"  # the bureau's own rooms
LEAVE_KINDS = {
    "陪产假": "陪产假", "产假": "产假", "婚假": "婚假", "丧假": "丧假", "探亲假": "探亲假",
    "护理假": "护理假", "陪护假": "护理假", "事假": "事假", "病假": "病假", "病休": "病假",
    "年休假": "年假", "年休": "年假", "年假": "年假", "调休": "调休", "补休": "调休",
}  # fmt: skip
# 类型：外出 in a form names the kind, whatever the 请假人 field above it says.
FORM_KIND = compile_lazy(r"(?:类型|类别|性质)\s*[:：]\s*(?P<kind>外出|出差|培训|会议)")
# 晚到报备, 【会议报备】, 培训报备: a form's heading, on a line of its own, names its kind
# whatever its fields say (会议报备：下周起… is a sentence, not a heading).
FORM_HEADING = compile_gated(
    r"^\W*(?P<kind>晚到|迟到|早退|会议|参会|培训|参训|出差|外出)(?:报备|登记)"
    r"(?=\s*(?:$|\n|[】\]]|[(（]代[)）]))"
)
HEADING_KINDS = {"迟到": "晚到", "参会": "会议", "参训": "培训"}
# 地点：三楼会议室: a form's place field inside the bureau's own building.
FORM_HERE = compile_gated(  # (会议室 is blanked as a neutral phrase by then)
    rf"地点\s*[:：]\s*(?:本局|局里|单位|办公室|{_INDOORS_WORDS}|·{{3}})"
)
SPECIFIC_LEAVE = compile_lazy("|".join(sorted(LEAVE_KINDS, key=len, reverse=True)))
# 请假, 请个假, 请两天假 (P/D are placeholders), 请一天病假, 休假, 告假, 补个假, 休年假.
LEAVE_VERB = compile_gated(
    rf"[请休]\s*[{D}](?!\s*(?:后|以后|之后|内))假?|请[个了过下一的{TC}事病年婚丧探亲护理产陪]{{0,8}}?假|(?:休|告|补)个?[年病事婚丧产]?假|请休|申请{T}?(?:休|请)"
    r"|报个[事病年]?假"  # 替小石报个假: leave reported in the speaker's words
)
# 出差; 汨罗的差推迟到…, 这趟差: the trip named by its noun alone
TRIP = compile_lazy(
    r"出差|趟差|(?<=[\u4e00-\u9fff]的)差(?=推迟|提前|改|取消|延|结束|[出跑]完|不出|[,，。]|$)"
)
TRAINING = compile_gated("培训")
MEETING = compile_gated(r"开会|参会|会议|会商|例会|座谈会|推进会|调度会|研讨会|现场会|评审会")
ATTEND = compile_gated(
    rf"参加|去|赴|前往|出席|列席|[到在][^{STOP}·]{{1,10}}(?:开会|开|参加|培训|学习)|我(?!们)|本人"
    # 老易下周一到周五培训: a colleague named (blanked ··) as the subject, as 我 is
    rf"|(?:^|(?<=[{STOP}\s]))·{{2,}}(?=[\s{TC}]*(?:培训|学习班|开会|参会))"
    # 区里开会, 市局开会: a place elsewhere right before the meeting (局里开会 is at home)
    r"|(?:(?<![局单])里|(?<=[市县省区])局|[市县区厅委府镇乡院])开会|不在(?:单位|局里|办公室)"
    # 明天下午 三点到五点 区委党校 党课: a time, then the place where it happens (the time
    # may stand as a heading of its own: 明天八点半到十点半，区政府二楼开…会)
    rf"|^\W*[{TC}][\s{TC}]*,?\s*[^{STOP}{TC}]{{0,8}}?(?:党校|学院|政府|厅|委|中心|大学|[区市县省][^{STOP}{TC}]{{1,6}}(?:局|办|院|站|所))"
    # 下午有个会在区财政局: a meeting the speaker has, elsewhere
    rf"|有[一两]?个?会[^{STOP}]{{0,3}}[,，]?[^{STOP}]{{0,3}}在(?!{_INDOORS_WORDS}|局里|单位|本局|办公室)"
)
OUT_STRONG = compile_lazy(r"外出|外勤")
REPORTING = compile_lazy(r"报备")
OUT_WEAK = compile_lazy(
    # 出门早, 出门晚了: leaving home early or late, the way in to work, is no outing
    r"(?<![派送拿寄借租卖])出去|出门(?![得的]?[早晚迟])|下乡|下村|下基层|去现场|到现场|出发"
    # 上堤, 下站: up onto the dike, down to a pumping station, the going itself (水漫上堤 is not)
    r"|(?<![漫涨冲淹溢])上堤|下站"
    # 那边要人，我得过去; 闸门那边漏水，我直接过去了
    r"|(?:(?<=[我得要就先])|直接|这就|赶紧|赶快)过去了?(?=一趟|一下|$|[,.;!?。\n])"
    # 明天下午两点半过去, 周五上午送过去: going there at a time, the place known to whoever
    # asked (a reply); 两点过去了 is the hour gone by, 三天过去 a stretch
    rf"|(?<=[{POINT}{RANGE}])[送拿带]?过去(?![了的吗呢])"
    # 陪区人大的代表视察堤防: going along with visitors on their inspection
    rf"|陪[^{STOP}]{{1,10}}?(?:视察|调研|考察|督查|暗访|巡查|察看|踏勘)"
)
OUT_PLAIN = compile_gated(r"出去|出门")  # says nothing a reason should keep

# "<time> 回": a return time (下午3点回, 半小时后回来, 5点前返回).
RETURN_TIME = compile_lazy(
    rf"(?P<t>[{P}{D}])(?:左右|前后|多)?(?P<mod>以前|之前|前|以后|之后|后)?"
    r"(?:就|能|可|会|才|再|即|可以|应该|大概|准时|肯定|一定|收工|结束|散会|开完|办完|忙完|弄完|搞完|完事"
    r"|争取|弄好|修好|搞好|处理好){0,2}"  # 中午前争取弄好回来: back by noon
    # 下周二回局里上班: work resumes that day, at home (RESUME_VERBS)
    r"(?P<verb>回来上班|回(?:到)?(?:单位|局里|办公室)上班|回不来|回来|回到单位|回单位|回到办公室|回办公室|回局里|返回单位|返回|返岗|回岗|归队|回"
    r"|到单位|到局里|到办公室|结束|散会"  # 下午五点半散会: the meeting's end, as 结束
    r"|到局(?![长里])"  # 早上直接去金霞垸看涵闸，十点半到局: the arrival at work
    r"|(?<=前)都不在"  # 两点半以前都不在: away until then
    r"|不回(?:来|单位|局里|办公室)?了)"  # 去…，下午不回了: the half names the return, not the going
    r"(?![家老乡去趟国村娘头复答应不])"
)
# 区委常委会列席，十一点半以后找我: to be found after then, so away until then (the end only,
# never what makes a message a report: 四点以后找我 alone asks for a visit). A bare 找 at
# the end is 找我 with a run-on 我报备一下 taken off.
FIND_ME_AFTER = compile_gated(
    rf"(?P<t>[{P}])(?P<mod>以后|之后|后)(?:有事|再|可以|可)?"
    r"(?P<verb>找我|联系我|打我电话|找(?=\s*$))"
)
# A form's return field: 预计返回：11:30, 返回时间：下午四点.
RETURN_AT = compile_gated(
    rf"(?:预计|计划)?(?P<verb>返回|回来|回单位|回局|返局|返岗|回)(?:时间)?\s*[:：]\s*(?:预计|约|大概)?(?P<t>[{P}])"
)
# 开完会回 大概十一点半: the return said first, its time after it; after a quick return
# (马上回 十点一刻, 就回，十点四十) the bare clock is that time too.
RETURN_THEN = compile_lazy(
    rf"(?P<verb>回来|回单位|回局里?|回办公室|回)[,\s]*(?:大概|估计|预计|约|大约"
    r"|(?<=[就上快]回)|(?<=[就上快]回[,\s])|(?<=[就上快]回来)|(?<=[就上快]回来[,\s]))"
    rf"(?P<t>[{P}])(?:左右)?(?=$|[{STOP}])"
)
RESUME_VERBS = frozenset(
    {
        "回来上班",
        "回单位上班",
        "回到单位上班",
        "回局里上班",
        "回到局里上班",
        "回办公室上班",
        "回到办公室上班",
        "返岗",
        "回岗",
        "归队",
        "上班",
        "来上班",
        "来单位",
        "来",
        "过来",
        "到岗",
        "到单位",
        "到局里",
        "到办公室",
    }
)
# 下午正常上班: work resumes then (the absence ends at its start).
RESUME_AT = compile_lazy(
    rf"(?P<t>{P})起?(?:应该|估计|争取)?(?:就|再|能|正常|照常|按时|准时)?(?P<verb>上班|来上班|回来上班|来单位|到单位|到局里|到办公室|到岗|过来|(?<!起)来)(?![了过不])"
)
# 这周六加班，下周一调休: the overtime day is not part of the absence (周五调休 加班太多了:
# a leave word between the day and 加班 makes the day the leave's).
AT_WORK = compile_gated(
    rf"(?P<t>{P})[^{STOP}{TC}在去赴到休假]{{0,6}}?(?:加班|值班|值了?夜班|夜班|值了?班)"
)
# 上月加班两天: the length of the overtime earned, not of the time off for it (去政务中心
# 窗口值班 一天 is an outing's day: duty may be kept elsewhere).
OVERTIME_LENGTH = compile_gated(rf"加班了?(?P<t>[{TC}])")
# 改成上午，下午我能来: the half the sender is at work is not part of the absence.
HERE_THEN = compile_lazy(
    rf"(?P<t>{P})(?:我|人)(?:能|可以|会|就)?(?:来|到岗|在岗|在单位|上班)(?!不)"
)
# …，下午在局里: after the absence, the time the speaker is back in the office is not part of it.
IN_OFFICE_THEN = compile_lazy(
    rf"(?P<t>{P})(?:我|人)?(?:都|就|会|正常|照常)?在(?:局里|单位|办公室|岗|局机关|队里|站里|所里|股里|局(?=$|[{STOP}]))"
    r"(?![^,.;:!?。\n]{0,6}(?:开|参加|培训|学习))"
)
# 周一、周三都去医院，每次一上午: the length of each, already said by the days.
EACH_TIME = compile_gated(
    rf"每(?:次|天|回)(?:都)?(?:是|要)?一(?P<t>[{TC}])"
)  # 每天下午 is each day's half
# 明天最后一天上班: the last day at work, no length of the absence.
LAST_ONE = compile_gated(rf"最后(?P<t>[{TC}])")
# 昨晚说的今天请假: when the earlier report was sent, not when the absence is.
SAID_THEN = compile_gated(rf"(?P<t>{P})(?:我)?(?:说|报|发)的")
# 早上起来发烧了, 牙疼了一晚上: when the symptoms came, not when the absence is.
WOKE_THEN = compile_gated(rf"(?P<t>{P})(?:一?起来|醒来)")
# 今天早上发高烧了: when the symptoms began (only a part of the day or a clock, not 今天);
# 早上头好痛, 肚子很疼: the same with a word of degree.
SYMPTOM_THEN = compile_lazy(
    rf"(?P<t>{P})(?:就|开始|突然|肯定|估计|可能|怕是)?(?:发高?烧|(?:头|肚子)(?:好|很|有点|有些|特别|太|非常)?[疼痛晕]|拉肚子|呕?吐了|咳嗽|吃坏(?:了)?肚子|起不来)了?(?!一)"
)
# 这两天嗓子发炎，今天再休一天: the days the symptom has lasted, not the leave.
SYMPTOM_LASTED = compile_gated(
    rf"(?:这|最近|近)(?P<t>[{TC}])[^{STOP}{TC}]{{0,4}}?(?:发炎|[疼痛]|不舒服|咳嗽|发烧|感冒|难受|拉肚子)"
)
# 凌晨开始拉肚子, 昨晚起发烧: when a symptom set in is the illness's time, not the leave's.
SYMPTOM_SET_IN = compile_gated(
    rf"(?P<t>[{TC}])(?:就)?(?:开始|起)[^{STOP}{TC}]{{0,4}}?"
    r"(?:发炎|[疼痛]|不舒服|咳嗽|发烧|发热|感冒|难受|拉肚子|腹泻|[呕]?吐|头晕)"
)
# 现在去泵站，下午在那边…: leaving now, whatever half the stay is in.
LEAVING_NOW = compile_lazy(r"(?:现在|马上|这就|立即|立刻)(?:就)?(?:去|出发|过去|赶过去|赶去)")
# 忙了一上午, 一晚上没睡, 一上午都在…: a whole half gone through, a length, not the absence's time.
ALL_THROUGH = compile_gated(
    rf"(?:了|(?<![\d一二三四五六七八九十两几第周拜期]))一(?P<t>{P})(?:(?<=了一.)|(?=都|没|未|睡|折腾))"
)
# 拉肚子一晚上, 咳嗽一夜: a night gone through at a clause's end (the absence read checks
# the time is a night): a length, as above (估计一上午 is an outing's own length).
NIGHT_THROUGH = compile_gated(
    rf"(?<![\d一二三四五六七八九十两几第周拜期])一(?P<t>{P})(?=$|[{STOP}\s])"
)
# 在工地跑了一天, 忙了一上午: time already spent at work, not the absence's length.
SPENT = compile_gated(rf"(?:跑|忙|干|站|巡|守|盯|熬|开|加班|值班|折腾)了(?P<t>[{DUR}])")
# 明天正常上班, 今天在上班 in a correction: a day at work, not part of the corrected period.
NORMAL_DAY = compile_gated(rf"(?P<t>{P})(?:都|就|还)?(?:正常|照常|在)(?:上班|到岗)")
# 三点回不来，五点前回: the time ruled out is neither the start nor the end.
NOT_BACK = compile_lazy(
    rf"(?P<t>{P})(?:(?:左右|前后|之前|前)?(?:肯定|估计|可能|应该|怕是)?回不来(?=[^{STOP}]*[{STOP}][^{STOP}]*回)"
    # 中午不回来吃了: the meal the speaker misses, not when they set out
    r"|(?:就|也|都)?不回(?:来|去|单位|局里|食堂)?吃(?:饭|午饭|了))"
)
# 五点半前回不去了: not back by then, so away the whole day named, not from that time on.
NOT_BACK_BY = compile_gated(
    rf"(?P<t>{P})(?:之前|以前|前)(?:肯定|估计|可能|应该|怕是|都|也)?(?:回不去|回不来|赶不回)"
)
# 今天请个病假，明天看情况: a day left open is not part of the absence.
UNDECIDED = compile_gated(rf"(?P<t>{P})(?:再)?(?:看情况|看看再说|再说|再定|待定)")
# 请病假，下午好点了再跟大家说: when the speaker will tell more, not part of the absence.
TELL_LATER = compile_gated(rf"(?P<t>{P})[^{STOP}]{{0,5}}?再(?:[跟和给向](?:你们|领导)?[说讲报]|·)")
# 明天下午请假，不是上午: the time after 不是 is the one not meant.
NOT_THIS = compile_gated(rf"不是(?P<t>{P})")
# 项目批复还得等一周左右: how long a thing is still to be waited for, not anyone's absence
STILL_WAIT = compile_gated(rf"(?:还|再)(?:得|要|需要?)?等(?:上)?(?P<t>[{TC}])")
# 请假到下午3点: a point after 到 with none before it is where the absence ends.
UNTIL = compile_lazy(rf"(?:一直到|直到|到|至)(?P<t>{P})")
# 明天起, 从12月1日开始: a start with no end said.
SINCE = compile_lazy(rf"{P}(?:起(?!来|床|不)|开始)")  # not 早上起来, 今天起不来

_RETURN_VERB = (
    r"(?:回来上班|回来|回到单位|回单位|回到办公室|回办公室|回到岗位|回到局里|回局里|到局里|到单位|到办公室"
    r"|回局(?![里长])"  # 响塘乡那边处理完了，已回局
    r"|返回单位|返回(?!厂|原|给|去)|返岗|回岗|到岗|归队)"
)
RETURN_DONE = compile_gated(
    rf"(?:已经?|刚刚?)\s*{T}?\s*就?(?:{_RETURN_VERB}|上班)|{_RETURN_VERB}(?:了|啦)|(?<![没未不])销个?假(?!的)"
    r"|(?:到|回到|回)(?:单位|局里|办公室|岗位)(?:了|啦)|现在(?:已经?)?回到(?:单位|局里|办公室|岗位)(?=[,.;:!?。\n\s]|$)|^\W*(?:我|人)?(?:已经?|刚刚?)?到了(?=\W|$)|(?<![撤注报])销(?:一下|了|掉)"
    rf"|^\W*已回(?:来|到)?了?\W*$|(?:刚刚?|已经?)从[^{STOP}]{{1,10}}回(?:来|到)"
    # 刚下站回来, 刚下乡回来: just back from the going itself, as from a place
    r"|(?:刚刚?|已经?)(?:下乡|下村|下基层|下站|上堤|巡堤|巡河)回(?:来|到)"
    # 刚办完事回来, 刚开完会回到单位: an errand just finished, then back
    rf"|刚刚?[^{STOP}]{{1,6}}?完[^{STOP}]{{0,4}}?{_RETURN_VERB}"
    # 刚回，区里的事办完了: back, said first in a clause of its own
    # 人已经在办公室了; 回了 as the whole message; 比计划早回来一天: back earlier than planned
    rf"|^\W*(?:我|人)?(?:(?:刚刚?|已经?)回(?:来|到)?了?(?=[{STOP}\s]|$)"
    rf"|(?:已经?|现在)在(?:单位|局里|办公室|岗位?)了(?=\W|$)|回了\W*$)"
    rf"|比(?:原?计划|预计|原定|预期|预定|说好的)[^{STOP}]{{0,3}}?早[^{STOP}]{{0,3}}?回(?:来|到)"
    # 东风闸站那边看完了，已回 / 寄完了 已回: back, closing the message after the errand
    # 开完会了，已回; 闸站看完了，人已回; 寄完了 已回: the errand finished, then back
    # 闸门的事处理好了，已回: so is an affair settled
    r"|[完妥](?:了|事|[\u4e00-\u9fff]了)[,\s]?人?已经?回(?:来|到)?了?(?=\W*$)"
    r"|好(?<=[理办弄]好)了[,\s]?人?已经?回(?:来|到)?了?(?=\W*$)"
    # 漏水点找到了，已回; 泵房修好了，已回; 资料查完了人在局里了: a job done, then back
    r"|(?:好(?<=[修换补搞]好)|找到)了[,\s]?人?已经?回(?:来|到)?了?(?=\W*$)"
    r"|[完好]了[,\s]?人?(?:已经?|现在)?在(?:单位|局里|办公室)了(?=\W*$)"
    # (假期结束后6号…: the time after which, nothing over)
    r"|(?:假期|假|出差|外出|培训|学习|会)(?:已经?|都)?(?:提前)?(?:休完了|开完了|办完了|结束了|结束(?![以之]?后))"
    r"|(?:外出|出差|培训)(?:已经?)?(?:提前)?结束(?![以之]?后)|提前结束(?:培训|学习|出差|外出|休假|假期)"
    # 探亲假还有三天，提前结束: the leave named, its early end a clause of its own
    rf"|假[^{STOP}]{{0,6}}[,，]\s*提前结束(?![以之]?后)"
    # 提前一天回来, 三点回的单位: back early, or back at a time told in the past tense
    rf"|提前[^{STOP}]{{0,4}}?(?:回来|返回|返岗|回单位|回局里)|[回到]的(?:单位|局里|办公室)"
    # 比计划早回来一天, 早一天回来了: back earlier than planned
    rf"|比(?:计划|预期|原计划|预定|原定|预计)[^{STOP}]{{0,2}}?早[^{STOP}]{{0,3}}?回(?:来|到)|早[一两半]天回来了"
)
# 档案馆培训结束了，明天起按新标准整理归档: a course or meeting over, with nobody said to
# come back (回, 上班, 到岗, 销) nor the speaker named: it may be news of the event, so the
# return it reads as is asked about, never recorded (absence_reader._read_as_written).
EVENT_OVER = compile_gated(r"(?:培训|学习|会)(?:已经?|都)?(?:提前)?(?:开完了|结束了?)")
# 区工会的培训下午结束了，证书下周发; 人大代表视察下午结束了: an event told as over, nobody
# said to go (去, 到, 赴, 前往, 在): news of it, no absence ahead.
ENDED_NEWS = compile_gated(r"结束了")
GOING_SAID = compile_gated(r"去|到|赴|前往|在|出发|陪")
BACK_SAID = compile_gated(r"回|上班|到岗|到单位|到局|到办公室|销|我|本人|休完|假")
# Voice input's sounds opening a clause (嗯 我刚到单位了, 呃 那个 就是…): no words of it.
VOICE_SOUND = r"[嗯呃额哎唉哦喂]"
# What may stand before "回来了" for it to be the sender's own return (not 快递回来了); the
# sounds of voice input first, and 那个 before the speaker (那个 我已经从长沙回来了; 那个人 is
# someone).
RETURN_PREFIX = compile_gated(
    rf"(?:{VOICE_SOUND}|那个(?!人))*(?:我|本人|人)?(?:已经?|刚刚?|现在|这会儿?|今天|也|就|提前|已于|{T})*"
    rf"(?:从[^{STOP}]{{1,10}}|(?:外出|出差|培训|开会|开完会|巡查|巡堤|办完事|看完病|看病|请假)(?:结束|完)?"
    # 上午去盘龙水库检查回来了: where the speaker went (not 不回来了, 领回来了: a thing fetched)
    rf"|去[^{STOP}的]{{2,10}}(?<![不没领拿带取买借要搬运找接捡寄送])"
    rf"|[^{STOP}]{{1,6}}?的差"  # 岳阳的差提前回来了: the trip named by where it went
    rf"|[^{STOP}]{{1,6}}?的(?:会|培训|学习)"  # 省厅的会提前回来了: so are a meeting, a course
    # 青山垸回来了: the place gone to, named by its head (places.NAME_HEADS)
    rf"|[^{STOP}的]{{1,6}}?(?:{places.NAME_HEADS.pattern})(?:那边|那里)?"
    r"|[\u4e00-\u9fff]{1,3}?完了?"
    r"|[\u4e00-\u9fff]完[\u4e00-\u9fff]了"  # 看完病了已到岗, 拔完牙了: the verb's object after 完
    # 协调会开完, 闸门试验做完, 泉塘水库的管涌处理完: a job named, then finished
    r"|[\u4e00-\u9fff]{2,6}?(?:[做处查测修开办看弄忙干]理?完|(?<=[修换补])好)了?)?"
    rf"(?:已经?|刚刚?|就|提前|{T})*"
)

CANCEL = compile_gated(
    r"取消|撤销|撤回|作废|不请(?:假)?了|不请假|不用请(?:假)?了|不休(?:假)?了|不外出了|不出去了"
    # 明天不跑了, 今天不过去了, 上午不下去了, 不出车了, 不用我去了: the going, in other verbs
    r"|(?<![看干做读听说写吃活撑持待呆熬])不(?:用)?(?:过去|下去|出车|下乡)了|不用我去了"
    rf"|(?<=[{TC}])不(?:用)?跑了"  # 明天不跑了 (跑了三趟闸站，不跑了 names no day withdrawn)
    r"|不出差了|(?<!回)不去了|不用去了|去不成了?|去不了了|去不了(?=[,，。]|$)(?![,，]\s*(?!改|换|让|由|派)[^。!?\n]*?去(?!不))"
    # 莲花垸我去不了，明天请假一天: what the speaker cannot go to, then the leave that is why
    r"(?![,，][^。!?\n]*?(?:请|休)(?!过)[^。!?\n,，]{0,5}?假)|参加不了了|不参加了"
    rf"|(?<!回)不去(?!单位了|局里了|办公室了)[^{STOP}]{{1,12}}?了|不参加[^{STOP}]{{1,12}}?了"
    # 不跟车去市里了, 不陪领导去省厅了: not going along, the going withdrawn
    rf"|不(?:跟|陪|随)[^{STOP}去]{{0,6}}?去[^{STOP}]{{1,12}}?了"
    # 周五去不了市局了, 我周五去不了长沙了: the place (or event) between 去不了 and its 了
    # (明天再去 after it goes after all; 对账的事让小周去 hands the going on)
    rf"|(?:去|参加)不(?:了|成)[^{STOP}了]{{1,12}}?了(?![,，](?:(?!改|换|让|由|派)[^。!?\n])*?去(?!不))"
    # 不用去县里了, 不调了, 报的外出不算了, 出差推迟了（另行通知）: withdrawn in other words
    rf"|不(?:用|必|需要)(?:去|出去|参加)[^{STOP}]{{0,12}}?了|不调(?:休)?了|不算了|不作数|作罢"
    # 周一不用出差了, 下午不必外出了: the absence itself no longer needed
    r"|不(?:用|必|需要)(?:再)?(?:出差|外出|培训)了"
    r"|不(?:晚到|晚来|迟到|早走|早退)了"  # 下周二上午那个我不晚到了，按时来
    r"|(?<=[假休训差出])(?:也|都)?撤(?:了|掉了?|回了)"  # 周五的调休撤了: withdrawn
    # 撤一下周五的调休: the verb before the absence it withdraws (撤一下那条消息 is none)
    rf"|撤(?:一下|掉)(?=[^{STOP}]{{0,10}}?(?:假|调休|外出|出差|培训))"
    rf"|(?<=出差|外出|行程|培训|学习|习班|请假)(?:也|都)?(?:推迟|延期|延后|往后推|改期)了?(?![^{STOP}]{{0,3}}[{TC}])"
)
# 请的假不用了, 年假我撤了, 早走的事算了: the absence named, then dropped in other words (tried
# by the cancel reader alone, after CANCEL).
DROPPED = compile_gated(
    r"(?<=[假休走退到训差])(?:的事|那个|这个)?(?:我|就|也|先)?(?:不[用要]|撤|算)了"
)
CANCEL_IMPLIES = {
    "不外出了": "外出", "不出去了": "外出", "不出差了": "出差",
    # 那次取消了，不用去了: going somewhere withdrawn, nothing else named
    "不去了": "外出", "不用去了": "外出", "去不成了": "外出", "去不了了": "外出",
    # 明天不跑了, 今天不过去了, 不下去了, 不出车了, 不用我去了: so are these ways of going
    **{f"不{u}{v}了": "外出" for u in ("", "用") for v in ("跑", "过去", "下去", "出车", "下乡")},
    "不用我去了": "外出",
    "不晚到了": "晚到", "不晚来了": "晚到", "不迟到了": "晚到",
    "不早走了": "早退", "不早退了": "早退",
}  # fmt: skip
LEAVE_NOUN = compile_lazy(r"假")

AMEND_STRONG = compile_gated(
    r"更正|纠正|说错了|写错了|打错了|搞错了|发错了|弄错了|记错了|有误|报错了|时间不对|(?:修)?改一下[:：]"
    r"|(?:刚才|刚刚|之前|上面)(?:报|说|发)?的[^,.;:!?。\n]{0,6}?不对"  # 刚才发的不对，是周五
    r"|(?:刚才(?:报|说)的|那天|那次|那个|那趟)(?![^,.;:!?。\n]*(?:取消|撤销|不去|不请|不休))"
    r"(?:[^,.;:!?。\n]{0,12}?(?:改|是|的时间))"
    # 昨天报的周四那个，改到周五了: the one reported before, then what it is now
    r"|(?:报|说|发|请)的[^,.;:!?。\n]{0,6}?那[个天次趟],(?=[^,.;:!?。\n]{0,3}?(?:改|是|换|调))"
    # 培训改了，只去下周一到周三: the absence named, said to have changed, opens the message
    # 简伟的培训通知改了，…: whose it is named before it
    r"|^\W*(?:[^,.;:!?。\n的]{1,6}的)?(?:培训|学习班|会议?|出差|外出|请假|年假|调休|假)(?:时间|安排|通知)?"
    r"(?:改了|变了|有变)(?=[,.;:!?。\n])"
)
# 晚到时间改一下，九点半到: the time of the speaker's own absence changed; 出差延长一天，现在是
# 8日到11日: the absence itself lengthened, then its new days. Led by rare characters (改, 延,
# 缩) so the gate rules most messages out.
OWN_TIME_CHANGED = compile_gated(
    r"(?:(?<=[到退走假出差休]时间)|(?<=[到退走假出差休]的时间))(?:要|得)?改一下"
    rf"|(?<=出差|培训|外出|学习|假期)(?:延长|缩短)了?(?=[{D}]).[,\s]*(?:现在|目前)?(?:是|为|改为)"
    rf"|(?<=[假会])(?:延长|缩短)了?(?=[{D}]).[,\s]*(?:现在|目前)?(?:是|为|改为)"
    # 年假延长一天，本周三到下周一; 事假延长了，今天到周五; 年假改一下，只休…: a leave itself
    # lengthened, shortened or changed, its new days after the pause
    rf"|(?<=[假训差])(?:延长|缩短)了?[{D}]?(?=[,;\s])"
    r"|(?<=[假训差])的?(?:要|得)?改一下(?=[,;\s])"
)
AMEND_SHIFT = compile_gated(
    r"(?:更改|修改|调整|变更)?(?:改为|改成|改到|改在|换成|换到|调整为|调整到|调到|推迟到|推到|延后到|提前到|变为|变成)"
    r"|更正为|更正成|纠正为"  # 12月22日事假更正为12月23日: the new value after it
    rf"|(?<![更修整])改(?=[{P}{RANGE}])"  # 周三的假改周四 (审计整改全天: the work, no change)
)
# 今天下午不去党校了，: the speaker's own going on a day withdrawn, at a clause's end.
_OWN_GOING_WITHDRAWN = (
    rf"[{TC}](?:就|先)?不(?:去|跑)[^{STOP}]{{0,8}}?了[,，]$"
    # 周四上午的巡查我去不了，
    rf"|[{TC}][^{STOP}]{{0,8}}?我(?:就|可能|估计)?去不(?:了|成)了?[,，]$"
)
OWN_GOING_WITHDRAWN = compile_gated(_OWN_GOING_WITHDRAWN)
# 明天上午的外出取消，: the speaker's absence, by its word, withdrawn at a clause's end.
OWN_WITHDRAWN = compile_gated(
    rf"[{TC}]的?(?:外出|出差|请假|假|调休|年假|事假|培训)(?:取消|不去了|不请了|不休了)了?[,，]$"
    rf"|{_OWN_GOING_WITHDRAWN}"
)
AMEND_EXTEND = compile_lazy(rf"延长[{D}]?,?(?:到|至)|延长(?=[{P}])|延到|延期到|续到|多休到")
# 回来时间改为五点: only the end of the period changes.
RETURN_FIELD = compile_gated(r"(?:回来|返回|回单位|回局|返局|返岗|到岗|结束|回)的?时间")
IS_NOT = compile_gated(rf"(?:应该是|应为|应是|是)(?P<new>[^{STOP}]*?),?而?不是(?P<old>[^{STOP}]*)")
NOT_IS = compile_lazy(rf"不是(?P<old>[^{STOP}]*?),?而?是(?P<new>[^{STOP}]+)")
# 周四到周五他休年假，不是上次说的周三: the period anew, then the one said before denied.
NOT_SAID_BEFORE = compile_gated(
    rf"(?P<new>[^{STOP}]+),而?不是(?:上次|之前|刚才|前面|昨天)(?:说|报|发)的(?P<old>[^{STOP}]+)"
)
# 我刚才说周五请假，应该是下周一: what was said, then what it should be.
SAID_IS = compile_gated(
    rf"(?:说|报|写)(?:的是|了)?(?P<old>[^{STOP}]*?),(?:应该|应|其实|实际上?)是(?P<new>[^{STOP}]+)"
)

LATE_DUR = compile_gated(
    rf"(?:迟到|晚到|晚来|晚点到|晚些到|晚一点到|晚点来)了?(?:约|大约|大概|估计|差不多)?(?P<t>{D})"
    rf"|晚(?P<t2>{D})(?:左右)?(?:到|来|上班|到岗|(?=$|[{STOP}]))"  # 可能要晚半小时(左右)
)
LATE_AT = compile_lazy(
    rf"(?P<t>{P})(?:左右|以前|之前|前|多)?(?:应该|估计|大概|争取)?(?:才|再|能|就|可以)?能?"
    r"(?P<verb>到岗|到单位|到办公室|来单位|来上班|上班|到|来)(?![家了])"
)
# 今天九点半到, 我明天十点到: nothing but when the speaker gets in, their own arrival (late
# only if the clock is past the start of work).
ONLY_ARRIVAL = compile_lazy(rf"\s*我?\s*[{P}]\s*到\s*")
LATE_WORD = compile_gated(
    rf"(?:大概|估计|预计|争取|大约|可能要?|得)[{P}](?:左右|多)?才?(?:到|来)(?!家)|"
    r"才能?到|才来|(?:左右|前)到(?!单位|办公室|局里)|(?<!推)迟到|晚到|晚来|晚点|晚一点|晚些|晚一会"
    rf"|(?<=[{P}])能到(?=$|[{STOP}])"  # 我九点半能到: when the speaker gets in
    rf"|(?<=[要会得])晚[{D}](?:左右)?(?=$|[{STOP}])"  # 可能要晚半小时(左右)
)
# 晚到, 晚到一会儿, 晚点到: late, the arrival time not said.
LATE_BARE = compile_gated(
    r"(?<!推)迟到|晚到|晚来|晚点[到来]|晚一点[到来]|晚些[到来]|晚一会儿?[到来]?"
    r"|晚(?:点|一点|些|一会儿?)过来(?![拿找取送签开办])"  # 有点事晚点过来: coming in later
)
EARLY_DUR = compile_gated(
    rf"(?:早退|早走|走早|先走|提[前早]走|提[前早]离开|提[前早]下班|提前离岗)了?(?:约|大约|大概|估计|差不多)?(?P<t>{D})"
    rf"|提[前早](?P<t2>{D})(?:走|下班|离开|离岗|早退)"
    rf"|下班前(?P<t3>{D})(?:左右)?(?:就|要|得)?(?:走|离开|离岗)"  # 下班前一个小时走: counted back
)
EARLY_AT = compile_lazy(
    # 四点我得走; 五点准时走 (准时 says how sharp, 准时下班 alone is no leaving early)
    rf"(?P<t>{P})(?:左右|以后|之后)?我?(?:就|要|得|需要|需|准备|可以|能|[准按]时(?=走)){{0,2}}"
    r"(?P<verb>早退|提前走|提前离开|提前下班|提前离岗|先走|早走|离开|下班|离岗|走|先撤)"
)
# 下午4点有个事要走, 三点半家里有事得走: a clock, an affair of one's own, then leaving: early.
EARLY_FOR = compile_gated(
    rf"(?P<t>{P})(?:左右)?我?(?:家里|屋里)?有(?:个|点|些)?(?:急)?事(?:情|儿)?"
    r"(?:就|要|得|需要|准备){1,2}(?:走|先走|离开|早走)"
)
# 早走一会儿, 早点走, 走早 (the dialect's order): leaving early, its time said elsewhere
# (4点去接孩子).
EARLY_BARE = compile_gated(r"早走|走早|早点走|提前走|先走|早退|提前下班|早点下班")
# 我先走了 去接孩子: the speaker leaving now, ahead of the others (an early leave from now
# when said in office hours; 你先走 tells someone else).
LEAVING_FIRST = compile_gated(r"我(?:今天|就|得|要)?先(?:走|撤)了")
EARLY_WORD = compile_lazy(r"早退|提前|先走|早走|早点|早些|早一点|要走|得走|准备走|先撤")

# Phrases whose key word is a noun, not a report: 请假条, 放假调休 …
# 顺便帮你带, 顺路给你捎: a favour the speaker does along the way; 你 is not who goes.
FAVOUR = compile_gated(
    rf"(?:顺便|顺路|顺手|顺带)(?:帮|给|替)你们?[^{STOP}]{{0,8}}"
    # 表我帮你带, 材料我给你捎回来: a thing carried for the one addressed, at the clause's end
    rf"|(?:帮|给|替)你们?(?:带|捎|拿|取|领)(?:回来|过来|回去|过去|回|上|一下)?(?=$|[{STOP}\s吧啊哈])"
)
NEUTRAL = compile_gated(
    r"请假条|请假单|请假表|请假制度|请假流程|请假手续|请假审批|请假规定|请假系统|请假申请表|请假人员"
    r"|请销假|销假制度|放假调休|调休上班|调休补班|调休日|调休安排|外出登记(?!\s*(?:$|\n|[】\]]|[(（]代))|报备制度|外出制度|出差补助"
    r"|出差费|差旅费|会议室|会议纪要|会议精神|会议记录|出差住宿|出差发票|出差报销|出差审批|出差标准"
    r"|请假天数|休假制度|(?:请假|外出|休假)(?:功能|模块|入口|页面|按钮|记录|数据|信息|类型|选项|种类|类别)"
    # 明天请假情况晚点说: the details of a leave just asked for, promised for later, are no
    # noun (这个月的请假情况 is one)
    rf"|(?:(?<=[{TC}]请假)|(?<=请个假))(?:具体)?(?:情况|原因|详情)"
    r"(?:晚点|回头|稍后|等下|后面)再?(?:说|讲|细说|汇报|报告)"
    # 年休假统计表, 病假条, 休假计划表: a document named by the leave it records
    r"|(?:带薪)?(?:年休|[年病事婚产丧休])假(?:统计表?|计划表?|条|单|申请表|审批表|登记表)"
    # 年休假未休补贴, 病假工资: what the leave is paid, a topic of pay
    r"|(?:带薪)?(?:年休|[年病事婚产丧休])假(?:未休|没休)?(?:补贴|补助|工资|报酬|待遇|折算)"
    # a letter's title line (关于赴长沙参加培训的报告): the body below says what is reported
    r"|^\W*关于[^\n]{1,30}?的(?:报告|请示|申请)(?=\s*\n)"
    # a thing named after the event: 会议材料, 培训课件, 出差发票 (the event is its topic)
    r"|(?:会议|培训|学习|出差|差旅|外出|下乡|下村|下基层)(?:材料|课件|纪要|议程|发票|票据|单据|费用|补助|补贴|名单|内容|PPT|讲话|签到|心得|笔记|照片|经费|预算)"
)
# 小何 周一之前把闸站检修记录补齐, 把表交到办公室: a task set, unless the speaker goes to do it
# (去区财政局对账，顺便把…单子送过去: see intent._task_set).
TASK = compile_gated(
    rf"把[^{STOP}]{{0,12}}(?:交|送|报|补齐|补上|补全|整理|准备好|填好|弄好|做好|改好|发给|发到)"
)
# 和规划股的同事去…: the speaker goes with colleagues; 规划股的同事 alone are people told.
# (looked behind from after the match, so the engine tries them only where 的同事 stands)
_NOT_WITH = "".join(f"(?<![和跟与同陪]{'.' * n}的同事)" for n in range(6))
# 巡堤改为徒步, 巡查改为每周两次: the unit's patrol recast in its manner (no time after the
# shift; 巡堤改为后天 moves someone's outing), as a meeting 改为线上.
_DUTY_RECAST = (
    rf"(?:巡堤|巡查|巡河|巡库|巡检)[^{STOP}]{{0,4}}?(?:改为|改成|调整为)"
    rf"(?=[^{STOP}{TC}]*(?:$|[{STOP}]))"
)
# 去区委办送节日期间值班名单: a roster carried somewhere is the errand's load, not a roster told.
_NOT_CARRIED = "".join("(?<![送交报递]" + f"[^{STOP}]" * n + ")" for n in range(7))
# 下周二的外出改为下周三，地点不变: the place of the speaker's own outing or trip kept, as it
# is moved (a meeting moved for everyone, 明天的会改到后天，地点不变, is a notice).
_OWN_MOVED = "".join(f"(?<!(?:外出|出差)改[为到成][^{STOP}]{{{n}}}[,，])" for n in range(1, 9))
# Notices, rules and reminders to others. Not a bare 通知: 接到通知，明天去市里开会 is a report.
NOTICE = compile_gated(
    rf"^\W*【?通知|通知[:】]|特此通知|请各(?!位知悉)|请大家(?!喝|吃)|请全体|各位同事(?!好)|全体(?:人员|干部|职工|同志|同事)|各(?:股室|科室|单位|部门)"
    # 各站站长参加, 各所检查防冻: the field units addressed all at once (去各站 is an outing)
    r"|(?<![去到跑赴下走趟])各(?:[闸泵]?站|管理站|管理所|所|中队)"
    rf"|请相关|相关人员|务必|准时参加|按时参加|请准时|不得(?![劲了])|严禁|禁止|一律|提醒|注意|记得|别忘|不要忘"
    rf"|召开|议程|参会人员(?![:：])|参加人员|出席人员|集合|的同志(?:请|们|务必|要|需|应|必须|一律|暂)|的人员|的同事{_NOT_WITH}|(?<!申)请于"
    rf"|放假安排|放假通知|(?<![{TC}（(])补班(?![那当]天|[（(）)])|{_NOT_CARRIED}值班安排|(?<![拿取印汛]){_NOT_CARRIED}值班表|(?<![送交报拿取印])防汛值班表|[需须应]提前(?!走|下班|离开|离岗)|要提前(?!走|下班|离开|离岗|回)|必须"
    rf"|请勿|作息|午休|多穿|保暖|带伞|(?:大家|全员)在岗|来检查|(?<!@)全体(?![^{STOP}]*人员[:：])|(?<!@)所有人|检查组来|改[为到成]线上|原定[^{STOP}]{{0,24}}?改[为到成](?:线上|视频)|{_DUTY_RECAST}|统一(?!报)|截止|(?<![拿送交领取递])报销|请补|各股长|各位股长|以内的|以上的|批准就|不能跨年"
    rf"|请在[^{STOP}]{{0,14}}前|团建|聚餐|联欢"
    # 明天下午3时至5时 中心组学习 地点：区委党校: a timetable on one line, the event's place
    # after a space, no field and nobody going before it (a form's 地点： opens a line or
    # follows 请假人：; 明天我去市局开会 地点：… is the speaker's)
    r"|^[^:：\n去赴我]*[ \u3000]地点[:：]"
    # 即日起取消休假, 暂停一切休假, 已批的年假暂缓: leave suspended for everyone
    rf"|即日起(?:取消|暂停|停止)休假|(?:取消|暂停|停止)(?:一切|所有|全部)休假|已批(?:准)?的[^{STOP}]{{0,4}}?暂缓"
    # 单位发苹果，下午三点到办公室领: something handed out, and where everyone collects it
    rf"|(?<![去到在回])(?:单位|工会)发(?!现|文|函|通知|消息)|发福利|领福利"
    rf"|到[^{STOP}]{{0,5}}?领(?:取|一下)?(?=$|[{STOP}])"
    # 体检安排：…分两批…名单见附件: a schedule headed for everyone, people in batches (下周安排：
    # alone heads the sender's own week, its days beneath it)
    rf"|^\W*[^\s:：我{STOP}]{{1,6}}(?<!外出|出差|下周|本周|这周)(?<!下礼拜|下星期)安排[:：]|分[两三四几\d]批|(?:名单|分工|方案|细则)见|详见附件"
    # all staff (全局干部参加…) or some colleagues left unnamed (有几个同事休年假): not one's own
    rf"|全局(?:干部|职工|人员|同志|同事)|全员|有(?:几|些|[两二三四五六七八九十\d]+)?[个位名]?同(?:事|志)"
    # 有三个人请假没走系统: people counted, unnamed, and their leave or outing
    rf"|有(?:几|[两二三四五六七八九十\d]+)[个位名]人(?=请过?假|休假|调休|外出|出差|迟到|早退|没)"
    # people as a kind, not a person: 迟到的同志, 请过假的同志, 出车的换…, 请事假的，先…
    rf"|(?:迟到|早退|请过?假|请[事病年]假|休假|出差|外出|出车|巡堤|值班|加班|(?<=[^,，。!?\s:：])[去来])的(?:同志|同事|人|先|报一下|报上来|[,，])"
    # 群里一排晚到的, 好几个请假的: people counted by what they do, a crowd, nobody in particular
    r"|(?:一排|一堆|一群|一串|好多|好几个|不少|那么多|这么多)人?(?:迟到|晚到|早退|请假|外出)的"
    # 迟到的通报, 早退的扣绩效: those late or leaving early, told what happens to them
    rf"|(?:迟到|早退)的(?:一律)?(?:通报|扣|记|算旷工|按旷工)"
    # 没休的年假抓紧安排: leave not yet taken, told to be used up, is everyone's who has some
    rf"|(?<!我)[没未]休完?的(?:年休假|年假|调休|假)(?=[,，]?(?:要|需|请|务必|必须|抓紧|尽快|早点|统一))"
    # 没去的这周内自己去医院补: those who missed it, told to make it up themselves
    rf"|(?<!我)[没未][^{STOP}的]{{0,3}}的(?:同志|同事|人)?(?=[^{STOP}]{{0,5}}?自(?:己|行)[^{STOP}]{{0,6}}?补)"
    # 今天到岗的人请…, 在岗的同志…: those at work picked out, told what to do
    rf"|(?:到岗|在岗|上班|到会|到场)的(?:同志|同事|人员?)(?:们)?(?:[,，]?(?:请|要|需|都|务必|必须|先|记得|统一|一律))"
    # 体检报告到了，在办公室…，自己去拿: everyone told to fetch their own (not 我自己去拿)
    rf"|(?<![我他她])自己(?:去|来|过来)(?:拿|领|取)(?:一下)?(?=$|[{STOP}])"
    # 去区政府送件走东门, 去城西泵站走老路: the way told to whoever goes (a gate, a road)
    rf"|(?<![^{STOP} ])去[^{STOP}我]{{1,10}}?(?:走|从)"
    rf"(?:[东西南北前后侧正大小老新][门路道]|[^{STOP}]{{0,4}}?[门桥](?:进|出|走|过))"
    # 去泵站的那几个同志回来后…, 派去学习的同志，…: people picked out by what they do
    # 开车去堤上的同志慢点开, 下乡的同志带件厚衣服, 年休假没休完的要…: people picked out
    rf"|(?:去|到|下)[^{STOP}的]{{0,6}}的(?:同志|同事|[几各两三]位)|去[^{STOP}的]{{1,8}}的(?=,?(?:把|请(?!领导|局长|批|示|假)|要|需|都|先|记得|务必|必须|提前|自己|顺[便路道手带]|帮我|帮忙|绕|走|从))|[没未][^{STOP}]{{0,3}}的(?:同志|同事|人)?(?=,?[{TC}]?前?(?:要|需|请|都|务必|必须|抓紧|尽快|在|统一|一律))"
    rf"|的(?:那|这)?[几两三]?[个位]?(?:同志|同事)(?:[,，]|回来|们)|(?:成员|负责人|同志)[^{STOP}我]{{0,10}}?(?:参加|参会|出席)|各[^{STOP}]{{0,4}}?(?:负责|责任)人[^{STOP}我]{{0,6}}?(?:上堤|下站|下乡)|各股(?=负责|室|的)|各(?:股|站|队|所)(?:都|要|请)?(?=准备|做好|配合|落实|提前|把)"
    # 根据省里相关规定，申请…: a rule as the ground of a request, not a rule told
    rf"|(?<![按据照])(?<!据..)(?<!据...)(?<!据....)规定|超过[\d{D}]|[{D}]以上|每个股室|每个人|至少|[要需][^{STOP}]{{0,6}}批|今日在岗|在岗情况|缺\d人"
    # people picked out by what they do, told what to do: 请假的提前跟办公室说
    rf"|(?:请过?假|休假|调休|外出|出差|迟到|早退)的(?=提前|要|需|请|先|都|务必|必须|记得|自己|跟|找|向|在|统一|一律|尽量|错开|别|不要|赶紧|抓紧|尽快|尽早"
    # 请假的走纸质单, 请假的用纸质审批单: told which way to file it
    r"|(?:走|用|填|改用|改走)[^,.;:!?。\n]{0,4}?(?:纸质|线下|流程|程序|单|表|系统|OA))"
    # 有请假没登记的自己看下, 有调休的补一下: whoever has one, picked out (有…的 of an unnamed many)
    rf"|(?<![没我])有(?:请过?假|休假|调休|外出|出差|迟到|早退)[^{STOP}的]{{0,6}}的(?!话|打算|想法|计划|安排)"
    # 要请假的尽量提前说, 下周要外出的周五前报: those who mean to be away, picked out
    r"|(?<![我你他她])(?:要|想|打算|准备)(?:请[事病年]?假|休假|休年假|调休|外出|出差)的(?!话|事|时候|那|原因|理由)"
    # 下周一开始全局推行电子请假: a way of reporting brought in, for everyone
    rf"|(?:推行|实行|试行|启用|停用|改用|施行|上线)[^{STOP}]{{0,6}}?(?:请假|报备|考勤|打卡|系统|制度|办法|审批|小程序|平台|软件|钉钉|OA|登记)"
    # 没销假的我单独问, 请假的我来统计: people picked out by a record, followed up by the speaker
    rf"|(?:销假|报备|请过?假|休假|打卡|签到|登记|填报|提交)的(?:同志|同事|人)?我(?:单独|挨个|逐个|一个个|再|来|会)?(?:问|催|提醒|联系|通知|找|统计|核实|核对)"
    rf"|次数|人数|比上个?(?:月|周|年|星期)"  # 外出报备的次数比上个月多: a figure
    # a meeting moved for everyone (改在区政府开，时间不变); the group told when to set off
    # (准时汛前检查出发啊: the outing named between)
    rf"|时间不变|{_OWN_MOVED}地点不变|改在[^{STOP}]{{0,10}}?(?:开|召开|举行)|(?:准时|按时)[^{STOP}{TC}]{{0,6}}?(?:出发|集合|到达|到场)"
    rf"|不用跑|轮流|(?:别|不要|不准|不得)(?:走开|走(?!错)|离开|离岗|外出|出去)|(?<!给)大家[^{STOP}]{{0,4}}带(?!了)|(?<![接收到按照据])通知的|地点(?:是|改|换|变)|(?<!参加)(?<!参与)(?:局里|单位|区里|工会|中心|[股站所队科处])组织(?!的那)(?![^。!?\n]*[,，]我(?!们))|自愿报名"
    # 请规划股参加, 请小王出席: asking others to attend, not reporting one's own absence
    rf"|请(?![假个示求])[^{STOP}我本]{{1,8}}?(?:参加|参会|出席)"
    # 股的人都要参加, 要去医院的可以先走, 年假没休的抓紧休: people picked out, told what to do
    rf"|(?:的人|的同志|的同事)都|的(?:可以(?![^{STOP}]*吗)|抓紧|尽快|记得|都要)|[去来休走请报办]的请"
    # visitors coming here (省督查组来我区检查, 县里来人对接) and a leader who attends
    rf"|[组导家人局厅委长记]来(?:我[局区股]|局里|单位|区里)?(?:检查|调研|验收|对接|督查|督导|指导|考察|暗访|视察|巡堤|巡查|巡河)|(?<![家乡])(?<!家里)来人"
    rf"|(?<![我你])(?:局长|副局长|领导|主任|书记|股长)们?(?:都|也|亲自)?(?:参加|出席|参会|带队)"
    rf"|(?:出车|值班|外出|出差|巡堤|下乡)的(?=换|去|把|要|先|都|请|记得|注意|别)"  # 出车的换那台
    rf"|(?<!另外)(?<!另)派[一两二三四五几]?(?:个|名|位)?人(?!过?来[取拿收送接领])|安排(?:个|一个|两个)人|扣(?:绩效|工资|奖金)|考勤制度"
    # rules and rosters: 原则上不批请假, 全员在岗, 还有7个人没休, 愿意去的报名, 大家直接过去
    # 要搭车的跟我说一声: people picked out by what they want; 请假外出都要…提交: a rule for all
    rf"|要[^{STOP}的]{{1,4}}的(?=跟|找|向|请|提前|报|自己|各自|赶紧|抓紧|尽快|尽早|尽量|早点)|(?:请假|外出|出差|休假|报备){{1,2}}都(?:要|需要?|得|须|必须)"
    # 请假要上传附件, 病假要附病历: what a leave must carry, a rule of filing
    rf"|(?:请假|休假|[病事年]假|外出|出差|报备)(?:要|需要?|须|必须|一律)(?:上传|附上?|提供|提交|带上?)(?=[^{STOP}]{{0,4}}?(?:附件|病历|证明|诊断|单据|截图|假条|审批单))"
    rf"|系统[^{STOP}]{{0,2}}上线"
    rf"|不批|原则上|全员|还有[^{STOP}]{{0,3}}个?人|请抓紧|组织(?:去|大家)|愿意[^{STOP}]{{0,4}}的|(?<![已我校宫院馆处局所站])(?<!中心)报名|举个?手"
    rf"|各自|各忙各的|大家(?:直接|都|一起|准时|按时|提前|做好|正常|照常)"
    # figures and rules: 事假3人, 外出11人次, 请假情况, 按工龄算, 满十年的是十天, 统计一下
    rf"|[假差训出会]\s*[\d一二两三四五六七八九十]+\s*人|人次|(?:请假|休假|外出|出差|考勤)情况"
    rf"|按[^{STOP}]{{1,6}}?(?:算|计算|折算)|满[^{STOP}]{{1,4}}的(?:是|有|可)|统计一下"
    # 已休年假的请在表格里打勾: people picked out by what they did, told what to do
    rf"|的请(?=在|于|到|把|及时|尽快|提前|自行|务必|按)|大家先?(?:别|不要)"
    # cars booked and rebooked (叫一辆车, 订的那辆下午两点出发): logistics, not an absence
    rf"|(?<!麻烦办公室)(?<!麻烦)(?:叫|订|约|派|租)[了一]?[辆台部个]?车(?!间|站)|车[^{STOP}]{{0,2}}(?:订好|改约|约好)|订的那[辆台]"
    # those attending, told where to be (参会的同志九点前到…); a roster for a day (加班名单)
    rf"|(?:参会|参训|参加[^{STOP}的]{{1,6}})的(?:同志|同事|人员|[几各两三]?位)|{_NOT_CARRIED}(?:加班|值班|轮班|参会|参训)名单"
    # a deadline set for a unit or for everyone (…材料，办公室周五前准备好; 考勤表下周一前报办公室)
    rf"|前(?:准备好|准备齐|交齐|报送|提交|报上来|(?:报|交|送)(?:到|给|至)?(?:办公室|局里|我))"
    # 提前打卡算早退, 超过半小时按旷工: what counts as what, a rule of attendance
    rf"|(?:算|算作|视为|按)(?:迟到|早退|旷工|缺勤)"
    # 即日起取消休假，已批的年假暂缓: leave stopped for everyone from now on, an order
    rf"|即日起[^{STOP}]{{0,4}}?(?:取消|停止|暂停|暂缓)|(?:取消|停止|暂停)(?:一切|所有|全部)(?:休假|公休|请假)|一律(?:取消|停止|暂停|暂缓)"
    rf"|已批(?:准|过)?的[^{STOP}]{{0,4}}?(?:假|休假|外出)[^{STOP}]{{0,2}}?(?:暂缓|取消|收回|作废|顺延|延后)"
)
HYPOTHETICAL = compile_gated(
    # (处理一下上次的剐蹭: a past matter dealt with now is no past told)
    # 明天的话我请个假: 的话 right after a day only sets the topic (如果…的话 is a condition)
    rf"如果|假如|要是|万一|(?<![{TC}])的话|假设|也想|真想|好想|想想|比我(?:还|更)想|羡慕|(?<!处理)(?<!处理一下)(?<!解决)(?<!解决一下)上次(?!说的|报的|发的|请的|那[个处段条])|(?<![马早晚])上回(?![来去到单局])|听说|据说"
    r"|(?<![送去])去年(?!检)|前年|没休成|哈哈哈|表扬|批评|听[^,.;:!?。\n]{1,6}?说"
    r"|没(?:去|休|请)成|开玩笑|又说要"  # 老王又说要请假去钓鱼，每次都没去成
    # 老张好像要去北京, 李局好像出差了, 最近老请假: guesses and habits
    r"|(?<!我)(?:好像|似乎)(?:要|是|在|去|出|请|休|没)|最近(?:老|总|经常)"
    r"|(?:老是|总是|经常)(?:请假|出差|外出|迟到|早退|不在)"
    # 上个月出差五次, 出差了很多次: a habit counted
    r"|(?:出差|培训|开会|外出|请假)了?(?:[二两三四五六七八九十几\d]+|很多|好多|好几|多)次"
    r"|想都别想|别做梦|做梦吧"  # 老婆说让我请假陪她去玩，我说想都别想: the idea turned down
)
# Others come to us (区长周三到局里调研, 市局督查组明天到我区检查, 区应急局在我们局搞联调):
# a visit received, nobody of ours away.
VISITING = compile_gated(
    # (轮到我们局值班: our turn, nobody coming)
    r"(?:(?<!轮)到|来)(?:我们?|咱们?|本)(?:局|区|县|单位)|(?:在|(?<!轮)到|来)(?:我们|咱们?)(?:局|单位|这[里儿边]?)"
    r"|(?:到|来)(?:局里|单位)来?(?:调研|检查|督查|督导|指导|视察|考察|慰问|暗访|验收)"
)
# Leave talked about, not taken: 年假怕是休不完了, 一直没机会休, 请假比请客还难.
LEAVE_TALK = compile_gated(
    rf"统计[^{STOP}]{{0,4}}?(?:调休|请假|年假|休假|加班)|"  # 统计调休: a tally asked for
    r"休不完|没有?(?:机会|时间|空)(?:休|请)|(?:请假|休假|调休|年假)(?:比|(?:太|真|好)?难)"
)
# Lateness or leaving early talked about, not reported: those who are late as a kind
# (迟到的就不追究了, 晚到的自己登记), many people late, one occurrence referred to (晚到那次),
# how something counts (算请假还是早退, 这个不算迟到吧), a rule (迟到早退都要扣分).
_TARDY = r"(?:迟到|晚到|晚来|早退|早走)"
LATENESS_TALK = compile_gated(
    rf"{_TARDY}的(?:自己|就|都|一律|统一|要|先|请|记得|在|扣|算|不)"
    rf"|(?:好多|很多|不少|许多|一些|几个)(?:人|同事|同志)(?:都|又)?{_TARDY}"
    rf"|(?:{_TARDY}|请假|休假)那(?:次|回)"
    rf"|算[^{STOP}]{{0,6}}?还是|不算[^{STOP}]{{0,6}}?吧"
    # a rule for lateness: 迟到早退都要扣分, 晚到一律通报
    rf"|{_TARDY}(?:[、和]?{_TARDY})?(?:都|一律|就|要|会|将|的话)*(?:扣|罚|通报|算旷工)"
    # 迟到早退都标红了: the two named together, a category of an attendance record
    r"|迟到[、和与及]?早退"
)
# 小陈今天又晚到了: a colleague's lateness again, a complaint (with no 我 in the message).
LATE_AGAIN = compile_gated(rf"又{_TARDY}了")
# A span gone by in the absence's own clause (上个月休年假去了趟云南): told as past.
PAST_SPAN = compile_gated(
    # 国庆那回我请了五天假, 那次休年假: a time pointed back to (那年假 is 那 + 年假)
    r"(?:上个?月|上半年|前段时间|前些日子)(?![底的])|(?<![一二三四五六七八九十日天午号末\d\ue000\ue001])那[次年](?![会培的假])|那回(?![会培的])"
)
# 周末去长沙看了场球赛, 去省城玩了两天: an outing for pleasure told as done (看场球赛 is a plan).
LEISURE_DONE = compile_gated(
    rf"(?:看|玩|逛|听|爬|钓|吃|泡|打|踢)了(?:[一两几]?[场趟圈顿回把次局](?![^{STOP}]*再)|{D}|个[够遍痛])"
)
# 在家休息了两天 好多了: a rest told as taken and the speaker better, news of health (the
# rest is over).
RESTED_WELL = compile_gated(
    rf"(?:休息|歇|躺|养)了(?:[{D}]|[^{STOP}]{{0,4}}?[天周])[^。\n]{{0,6}}?"
    r"(?:好多了|好些了|好点了|没事了|恢复了|好了)"
)
# Reported speech (他说今天下午的会照开, 他们说月底前要报): someone else's words.
REPORTED = compile_gated(r"(?<![我听])[他她]们?说(?![过好了])")
# A notice's text put right (那个通知里的日期错了): not the speaker's own record.
NOTICE_FIXED = compile_gated(
    r"(?:通知|公告|文件)(?:里|上|中)的?[^,.;:!?。\n]{0,6}(?:错|不对|有误)|(?:通知|公告)(?:写|发)错"
    # 有误的今天下班前告诉我, 如有误请…跟我说: errors invited from others in a list sent round
    r"|(?:有误|有错|不对)的(?:话)?(?=[^,.;:!?。\n]{0,12}?(?:告诉|跟我说|和我说|找我|私信|联系|反馈|告知))"
    r"|(?:如|若|如果)有(?:误|错)(?=[^,.;:!?。\n]{0,12}?(?:告诉|跟我说|和我说|找我|私信|联系|反馈|告知))"
    # 刚才那条请假发错群了，不用管: a message withdrawn as sent to the wrong group
    r"|发错(?:群|地方)了?[,，\s]*(?:不用管|别管|请?忽略|请?无视)"
)
# 更正一下昨天的通知: a notice put right in so many words, not one's own record.
NOTICE_CORRECTED = compile_gated(
    r"(?:更正|纠正|修正|勘误)(?:一下)?[:：]?[^,.;:!?。\n]{0,6}?的?(?:通知|公告|文件|会议通知|安排表)"
)
# A form talked about, not filled in: 出差报备格式：人员、地点…, 请假单模板, 按这个格式发.
FORM_TALK = compile_gated(
    r"(?:请假|外出|出差|报备|晚到|早退|培训|会议|销假)(?:报备|申请)?[单表]?的?(?:格式|模板|样式|范本|样表)"
)
# 请假人：\n类型：\n时间：: a field with nothing after its label (a template to copy).
EMPTY_FIELD = compile_gated(r"(?m)^[^\S\n]*[\u4e00-\u9fff]{2,5}[:：][^\S\n]*$")
# 请假时间写错了怎么改？: how to do something is asked, never the asker's own request.
HOW_TO = compile_gated(
    r"(?:怎么|如何|怎样|咋)(?:才能|去|来)?(?:改|填|写|弄|操作|处理|报|销|提交|补|撤|更正|修改)"
    # 早退报备是…吗, 外出报备在群里发就可以吗: the procedure of a report as the subject asked
    r"|^\W*(?:请假|早退|晚到|迟到|外出|出差|调休|休假|销假)(?:的)?(?:报备|手续|流程|审批)"
    r"(?=是|要|需要|得|在|找|用|可以|能)"
)
# Another unit as the opening subject (区财政局下周一起搬…, 工程股的冬修项目…, 下午堤防中心在开
# 评审会): its news, when nobody is named and the speaker is not in it.
OTHER_UNIT = compile_gated(
    rf"^\W*(?:(?:各位|大家)[^,.;:!?。\n]{{0,3}}[,:\s]+)?(?:[{TC}][\s,]*)?"
    # 和规划股的同事去…, 跟市局的人去…: the speaker goes with them, not the unit's news;
    # 送防汛办的同志去…, 接市局的人: the speaker takes or fetches them
    r"(?![去到在赴回从和跟与同陪送接带])(?:[区市省县][\u4e00-\u9fff]{1,6}?(?:局|委|办|厅|中心|院|组)"
    rf"|[\u4e00-\u9fff]{{1,4}}(?:股|中心|办)|[\u4e00-\u9fff]{{0,4}}办公室)(?:的|在|要|将|已|[{TC}])"
)
# 4月19日区河堤事务中心向党组汇报了…: a unit or office as the subject of work told as done
# (a verb with 了 in its clause, no 我): the unit's news, never someone's absence.
UNIT_DONE = compile_gated(
    rf"^\W*(?:[{TC}][\s,]*)?"
    r"(?![去到在赴回从])(?:[区市省县][\u4e00-\u9fff]{1,8}?(?:局|委|办|厅|中心|院|组|站|所)"
    rf"|[\u4e00-\u9fff]{{1,4}}(?:股|中心|办)|[\u4e00-\u9fff]{{0,4}}办公室)"
    rf"(?:[向对给与同和在][^{STOP}我]{{1,10}}?)?[\u4e00-\u9fff]{{1,2}}了(?![^{STOP}]{{0,8}}[{TC}])"
)
# 一半人下乡去了, 好几个人请假了, 很多人去开会了: colleagues counted, not named, as the subject.
CROWD = compile_gated(
    r"(?<![我们])(?:一大?半|大半|好几个|好多|很多|不少|大部分|大多数|多数|一多半|半数|一些)(?:的)?"
    r"(?:人|同事|同志|干部)(?:都|也|已经?|全)?"
    # 今天早上都没人晚到: nobody at all
    r"|没(?:有|一个)?人(?=晚到|迟到|早退|请假)"
)
# 各位有没休的年假赶紧休, 大家抓紧把调休用掉: the group urged to act, advice to others.
EXHORT = compile_gated(
    rf"(?:各位|大家|你们|同志们|同事们)[^{STOP}我]{{0,10}}?(?:赶紧|抓紧|尽快|尽早|早点|抓点紧)"
    # 没休完的年假抓紧休: the urging verb on a leave, nobody addressed (休息 is rest, not leave)
    rf"|(?:赶紧|抓紧|尽快|尽早|抓点紧)(?:时间)?(?:把[^{STOP}我]{{1,8}}?)?(?:休(?!息)|用掉|请掉)"
    # 发烧的别硬撑, 家里有事的不要硬扛: those a condition picks out, told what not to do
    rf"|(?<![{STOP}我你他她])的(?:同志|同事|人)?(?:千万)?(?:别|不要)(?:硬撑|硬扛|扛着|撑着|拖着|拖)"
)
# Absences talked about, none reported: 本来想调休的，结果又来活了 (a plan that fell through);
# 这个月已经出差三回了 (a tally); 调休攒了五天 (a balance kept); 出差三天回来体重涨了, 请了两天假
# …回来一看积了一堆活 (what was found on coming back: it is over); 感谢老彭出差期间帮我们…
# (the absence as the time of a favour).
FELL_THROUGH = compile_gated(
    rf"(?:本来|原本|原来|本想)[{TC}\s]*(?:是)?(?:想|打算|准备|计划|要)[^{STOP}]{{0,12}}?的?[,\s]*"
    r"(?:结果|但是?|可是|谁知道?|没想到|哪知道?)"
)
TALLY = compile_gated(
    rf"(?:已经|都|又|总共|一共|前后)[^{STOP}]{{0,6}}?(?:[两二三四五六七八九十几\d]+|好几)(?:回|次|趟)了"
)
BALANCE = compile_gated(
    r"(?:调休|年假|假期?|休假)[^,.;:!?。\n]{0,3}(?:攒|积攒|存|积)(?:了|成|下了)"  # 攒成存款了
    rf"|还(?:有|剩下?)[{DUR}][^{STOP}]{{0,3}}?(?:没休|未休|没用|没请)"  # 我还有5天没休: days left
)
BACK_SINCE = compile_gated(
    rf"回来(?:以后|之后|后)?(?:一看|发现|才发现|才知道|一称|[^{STOP}]{{0,4}}(?:胖|瘦|晒黑|涨)了)"
)
THANKS_FOR = compile_gated(
    rf"^\W*(?:感谢|谢谢|多谢)[^{STOP}]{{0,12}}?(?:请假|休假|出差|外出|培训|学习)期间"
)
# 我们那时候请个假要写三页纸, 早些年出差都坐绿皮车: how things were in the old days, told;
# nobody's absence now (等到那时候, 到那时候 look ahead instead).
OLD_DAYS = compile_gated(r"(?<![到等在])(?:那时候|那会儿|那个时候|那年头|早些年|早年间?)")
# 以后外出在钉钉上报, 今后请假一律先填单: how absences are to be reported from now on, a rule.
RULE_FROM_NOW = compile_gated(
    rf"(?:以后|今后|往后|从今以后|从现在起|下周起|下月起)[^{STOP}]{{0,4}}?"
    r"(?:请假|外出|出差|调休|休假|销假)[^,.;:!?。\n]{0,10}?(?:报|提交|登记|填|申请|审批|备案)"
)
# 按规定，累计工作满十年的，年休假为十天: a rule cited as the opening, how leave is had.
RULE_CITED = compile_gated(
    r"\W*(?:按|按照|根据|依据)(?:国家|单位|局里|上级|相关)?的?(?:规定|制度|文件|条例)[,:，：]"
)
# 请假、外出都在新系统里提交: kinds listed as types (a rule or a notice), not one absence.
KINDS_LISTED = compile_gated(
    r"(?:请假|外出|出差|调休|销假|报备|休假)(?:[、/和及与](?:请假|外出|出差|调休|销假|报备|休假))+"
    r"(?:等)?(?=都|统一|一律|均|一起|全部)"
)
# The office's own gatherings (股里的例会, 大扫除, 聚餐): moving one (那天股里的例会改到上午吧) is
# the unit's affair, and skipping one (大扫除就不参加了) withdraws no absence.
_HOUSE = r"(?:例会|周会|大扫除|聚餐|团建|联欢会?|运动会|拔河比赛?)"
HOUSE_EVENT_MOVED = compile_gated(
    rf"(?:(?:股里|局里|办里|科里|我们股|我们局|股室)的(?:会|学习|活动)|{_HOUSE})"
    rf"[^{STOP}]{{0,4}}?(?:改到|改成|改在|挪到|调到|推到|提前到|往后推)"
    rf"|(?:排班|值班表|轮班表)[^{STOP}]{{0,4}}?(?:改|调|换)"  # 巡堤排班我改了一下: the rota
)
HOUSE_EVENT_SKIPPED = compile_gated(
    rf"{_HOUSE}[^{STOP}]{{0,4}}?(?:就|也|都)?不(?:参加|去|来)了"
    # 不用等我开会了, 开会别等我: the meeting at home the speaker misses for the going
    r"|(?:不用|别|不要|甭)等我(?:开会|开始)了?|开会(?:不用|别|不要|甭)等我了?"
)
# 年假赶紧休，别到时候作废了, 不休就作废, 过了元旦作废: a leave lapsing unused is a warning,
# not a withdrawal.
LAPSE = compile_gated(
    rf"(?:别|会|就|将|要|自动|过期|逾期|到期|否则|不然|到时候?|过了[^{STOP}]{{1,5}}?|跨[年月]|隔年)"
    rf"[^{STOP}]{{0,3}}?作废"  # 跨年作废: the year's end passed, the leave lapses
)
# 销假按钮, 外出页面, 调休模块: a part of the leave app is a thing talked about, not an act.
APP_PART = compile_gated(
    r"(?:请销假|销假|请假|外出|出差|调休|报备)(?:的)?"
    r"(?:按钮|页面|界面|菜单|选项|入口|模块|功能|链接|二维码|小程序|栏目|App|APP|app)"
    # OA请假提交不了, 报备单上传失败: the tool failing, no act of the speaker's
    r"|(?:请销假|销假|请假|外出|出差|调休|报备)(?:单|申请|流程)?"
    r"(?:提交|上传|填报|录入|审批|发送)(?:不了|不上|失败|不成功|没反应)"
)
# What the system or the bot shows or counted (系统提示“请假时长超限”, 系统今天显示我迟到了,
# 机器人把我的年假算成了一天): the record talked about, a complaint or a question, no absence.
TOOL_SAYS = compile_gated(
    r"(?:系统|机器人|打卡机|考勤机|小程序|钉钉|OA|oa|APP|App|app)(?:上|里)?"
    rf"(?:[{TC}]|又|怎么|咋|居然|竟然|一直|还)?(?:提示|显示|报错|弹出|算成|记成|算我|记我|说我"
    rf"|把[^{STOP}]{{1,8}}?(?:算成|记成|算作|当成|识别成|弄成|搞成|写成))"
    # 2月14号显示成休息日了, 考勤上怎么显示三天: what a record shows, its tool unnamed
    r"|显示(?:成|为)|(?:怎么|咋|为啥|为什么|还|一直)显示"
)
# The office's own things down (报备系统用不了, 网络断了, 区里停电检修): news of a facility,
# whatever report word it names (blanked, like APP_PART; 去泵站配合停电检修 still goes).
OUTAGE = compile_gated(
    rf"(?:报备|请假|考勤|办公|财务|内网|OA|oa)?(?:系统|网络|电脑|服务器|打卡机|考勤机|门禁|网)[^{STOP}]{{0,3}}?"
    r"(?:断了|断开|用不了|登不上|登录不了|进不去|打不开|升级|维护|暂停使用|故障|坏了|崩了|瘫了|卡死)"
    r"|(?:停电|断电|没电|断网|停水)(?:检修|维修|了)?"
)
# 我老婆下周出差, 孩子他爸去培训: a family member away is news, not the speaker's absence.
KIN_AWAY = compile_gated(
    r"(?:老婆|老公|爱人|家属|媳妇|儿子|女儿|孩子他?[爸妈]|父亲|母亲|我[弟哥姐妹]|弟弟|哥哥|姐姐|妹妹|姐夫|妹夫"
    rf"|朋友|同学|亲戚|邻居)[^{STOP}我]{{0,6}}?(?:出差|培训|开会|加班|值班|外出)"
)
# 如果批了的话，我下周就休年假: a condition opening the message makes what follows a plan.
CONDITION = compile_gated(rf"^\W*(?:如果|假如|要是|万一|假设)|(?<![{TC}])的话[,，]")
# A plan not settled, wherever it is said: 下周可能要去省里出差，还没定; 等我下周回来再说.
UNSETTLED = compile_gated(
    r"还没(?:定|确定|落实|批)|尚未(?:确定|落实)|没定下来|还不确定(?!几点|什么时候|哪天)"
    rf"|(?:时间|日子|具体)[^{STOP}]{{0,3}}(?:没定|未定|待定|没[看选挑]好)|还没[看选挑]好日子|(?<!我)说[^{STOP}]{{0,6}}可能"
    # (等他回来再补 defers only the paperwork: the absence is settled)
    rf"|等[^{STOP}]{{0,10}}?(?:回来|以后|之后|结束)(?:后|了)?(?:再|就)(?!补)"
    r"|(?:后|以后|之后)再(?:定|确定|商量|安排)|人选"  # 请示李局后再定出差人选
    # 补休半天的事再说, 去市局学习的事，大家考虑一下: an affair still to be settled; put off
    # to a later time as the message's opening (查资料的事下周再说; not 我下午外出，报名的事…)
    r"|的事(?:情|儿)?[,，]?(?:再|还没|大家|你们)|大家(?:考虑|商量|研究|讨论)一下"
    rf"|^\W*[^{STOP}]{{0,16}}?的事(?:情|儿)?[^{STOP}]{{1,4}}?再(?:说|定|议|商量|安排|看)"
)
# An event the speaker misses or hands over (部署会我参加不了, 视频会让小周替我参加), or one
# held as usual (下午的推进会照常): beside an absence it only says what goes on without it.
MISSED_EVENT = compile_gated(
    rf"(?:会|会议|培训|学习班?|巡查|活动)[^{STOP}]{{0,6}}?"
    r"(?:(?:我|就|都|也)*(?:参加不了|去不了|来不了|参加不成|参加不上|不能参加|没法参加|无法参加)"
    rf"|(?:让|请|由)[^{STOP}]{{1,6}}?(?:替|代)我(?:参加|去|出席)"
    rf"|(?:照常|照开|正常开|如期|不变)(?:举行|召开|进行|开)?(?=$|[{STOP}]))"  # 推进会照常
)
# Attended from the desk (线上参加, 视频参会, 在线学习): the event takes nobody away.
ONLINE = compile_gated(
    r"(?:线上|在线|网上|视频|远程|云端)(?:的方式)?(?:参加|参会|参训|开|召开|举行|进行|学习|听课|收看|上课)"
)
# An event's document named by the event (协调会资料, 会议通知, 培训课件): the thing, not the event.
EVENT_DOCUMENT = compile_gated(
    r"(?:会|会议|培训|学习|学习班)的?(?:资料|材料|通知|纪要|课件|PPT|ppt|议程|签到表|讲话稿|发言稿|汇报稿|方案|名单)"
)
# Laughter (哈哈, 😂, 开玩笑): about a colleague it is banter, never a report for them.
# 说正事：, 言归正传, 不开玩笑了: what comes before was banter, the message begins after it.
BACK_TO_BUSINESS = compile_gated(r"说正事|言归正传|说正经的|不开玩笑了|不闹了")
LAUGHTER = compile_gated(r"哈哈|😂|🤣|😆|😄|😁|笑死|开玩笑|逗你")
# A meeting in the bureau's own rooms (在自己办公室参加 too), or one the speaker chairs, is no
# absence.
MEETING_HERE = compile_gated(
    # (不在单位去区里开会, voice input with no comma: the meeting is where one goes)
    rf"(?<!不)[在到](?:自己的?|各自的?)?(?:{_INDOORS_WORDS}|局里|单位|本局|办公室)[^{STOP}去赴]{{0,8}}?(?:开|参加|组织|给|讲)|主持|我来讲|我讲课"
)
# 局里开会, 在单位参加培训: an event held in the building, its clause's whole business; so
# is one gone back to (下午回局里开党组会) or held in one's office (上午在办公室开会).
HOME_MEETING = compile_gated(
    rf"(?:^|(?<=[{STOP}{TC}\s]))(?:[在到回])?(?:局里|单位|本局|机关|办公室)(?:要|有)?"
    rf"(?:开会|开[^{STOP}\s会]{{1,4}}会|参加培训|培训)(?=$|[{STOP}\s])"
)
# A clause of its own placing the event in the building (在局里开, 在二楼小会议室, 地点：三楼):
# whatever meeting the message names is held here (会议室 is blanked to ··· by then); so is
# one attended from one's own desk (在自己办公室参加).
HELD_HERE = compile_gated(
    rf"(?:^|(?<=[{STOP}]))\s*(?:地点)?[:：]?\s*(?:就|都|还是)?[在于](?:自己的?|各自的?)?(?:{_INDOORS_WORDS}|局里|单位|本局|办公室"
    rf"|[\d一二三四五六七八九十几顶]楼[^{STOP}]{{0,4}}|[小大]?·{{3}})[^{STOP}]{{0,4}}?(?:开|举行|召开|参加)?\s*(?=$|[{STOP}])"
)
# 去省里汇报不带我了, 这次没叫我, 不用我去了: the others go, the speaker is left out of it.
LEFT_OUT = compile_gated(
    r"(?:不|没|没有)(?:带|叫|派|安排|用)(?:上)?我(?:去|参加)?了?(?![^,.;:!?。\n]{0,3}[去到赴])"
)
NEGATED = compile_gated(
    # 分别请半天 (each of them) is no prohibition
    r"(?:没|未|没有|不用|无需|不需要|不必|(?<!分)别|(?<!要)不要|不准|不许|不得"
    r"|(?<!能)不能|不)(?:有)?"
    r"(?:请假|请|休假|外出|出去|出差|报备)"
    r"|(?:别|不要|不准|不得|不能|严禁)(?:迟到|早退|晚到)"
    # nearly late (差点迟到): it did not happen
    r"|(?:差点|差一点|险些|幸好没)(?:就)?(?:迟到|晚到|来不了|去不了|走不了)"
    r"|(?:不然|要不然|否则)(?:就|又|肯定|铁定)?(?:要|得)?(?:迟到|晚到)"  # 不然就迟到了
    r"|不是(?:外出|出差|请假)(?![^。\n]{0,4}是)"  # 不是外出哈，在局里 (不是外出，是去开会 corrects)
    # 上午不安排外出, 原则上不批请假: a rule for everyone, nobody's absence
    r"|(?:暂|一律)?不(?:再)?(?:安排|批准?)(?:外出|出去|出差|请假|休假)"
    # 都没人晚到, 没有人请假: nobody is late or away
    r"|没有?(?:一个)?人(?:[要会想]|敢)?(?:迟到|晚到|早退|请假|休假|外出|出差|调休)"
)
# The attendance record kept by the office (考勤表, 考勤上): see intent.record_asked.
ATTENDANCE_RECORD = compile_gated(r"考勤")
# 本周无外出, 今天暂无请假: none to report, 无 the verb of having none (in the absence's clause:
# 我明天外出，其他人无外出 still reports the speaker's day).
NONE_OF = compile_gated(r"(?:暂|均|并|都|全|也)?无(?:人|任何)?(?:请假|休假|外出|出差|报备)")
QUESTION = compile_gated(
    # 陪读几天, 照顾几天: how long the care lasts, not how many days asked
    # 还剩几天不休了: the days left dropped, not how many asked
    r"\?|吗|谁|哪|(?<!没)(?<!没有)(?<!没啥)什么|怎么|怎样|如何|几点|几号|(?<![这那前过好后头十没读护顾])几天(?!就?不休了)|多久|多少|是否|能否|可否|可不可以|能不能"
    r"|行不行|要不要|是不是|有没有|[了过]没有?(?=\W|$)|好不好|对不对|咋|([\u4e00-\u9fff])不\1(?!了)"
    # 堵着呢, 在地铁上呢, 正在加油呢: 呢 after 着 or closing where the speaker is tells what is
    # going on (在哪呢 asks by 哪; 小王呢, 现在呢 ask)
    r"|呢(?<!着呢)(?<!在[^\W\d]呢)(?<!在[^\W\d]{2}呢)(?<!在[^\W\d]{3}呢)(?<!在[^\W\d]{4}呢)"
)
SENTENCE = compile_gated(r"[^。!?\n]*[。!?\n]?")
# 去泵站看看电机是否正常, 去闸站查一下有没有漏水: an indirect question, the object of a verb of
# checking, says what the trip is for and asks nobody (泵站的电机是否正常？ does ask).
CHECK_WHETHER = compile_gated(
    r"(?:看看|看一下|看下|查看|查查|查一下|检查一下|检查|确认一下|确认|核实一下|核实|了解一下|问问"
    r"|(?<!^)查|排查|摸排|巡查|暗访|摸底)"
    rf"[^{STOP}吗呢?]{{0,12}}?(?:是否|有没有|能否|能不能|什么|怎么回事|怎么样"
    # 看看那段护坡塌了没有, 看看电机转不转: the yes-or-no asked of the thing checked
    r"|[了过]没有?(?=\W|$)|(?P<cw>[\u4e00-\u9fff])[不没](?P=cw))"
)
# 的话下午回, 的话, 估计四点就回来: a condition on when one is back, not on the going itself.
RETURN_IF = compile_gated(
    rf"的话[,\s]*(?:我|应该|估计|大概|争取)?(?:{P})?(?:就|再|能)?回(?:来|去|单位|局里|到单位)?(?=$|[{STOP}\s])"
)

# Who a colleague is: the surname inventory and titles live in names.py (the language's
# ~300 common surnames, not the corpus's). Surnames that open everyday words (车坏了, 单位,
# 麻烦, 项目) are names only with a title (车股长, 单副主任); compound surnames (欧阳, 司马)
# are tried whole, so 欧阳晓峰 is one name.
_SURNAMES = names.ALONE
_TITLES = names.TITLES
_TITLED_ONLY = "".join(sorted(names.WORDLIKE))
COMPOUND_SURNAMES = names.COMPOUND_SURNAMES
_COMPOUND = "|".join(sorted(COMPOUND_SURNAMES))
_COMPOUND_FIRST = "".join(sorted({c[0] for c in COMPOUND_SURNAMES}))
# The class first: a position whose character opens no compound surname fails at once.
_SURNAME = rf"(?:(?=[{_COMPOUND_FIRST}])(?:{_COMPOUND})|[{_SURNAMES}])"
# Someone else as the subject: 小王明天请假 is news about 小王, not 小王's report.
THIRD_PERSON = compile_lazy(
    rf"(?:[小老][\u4e00-\u9fff]|{_SURNAME}[\u4e00-\u9fff]{{1,2}}|{_SURNAME}(?:{_TITLES}))"
    r"(?:同志|师傅)?(?:也|都|已经?|要|会|将|想|还|说)?"
)
# 已向王局请假 and 跟领导请过假 name whom they asked, not who is away.
PRONOUN = compile_gated(
    # 带他去医院, 陪她复查: the one the speaker takes along is the verb's object, not who is away
    # (跟陈主任去…, 陪王局长: the one gone with, the title after a surname, too)
    r"(?<![其带陪送])[他她]|大家|同事们|有人|别人|对方"
    r"|(?<![向跟给找陪同送副])(?<![向跟给找陪同送][\u4e00-\u9fff])(?:领导们?|局长|主任)"
)
SELF = compile_lazy(r"我|本人")
SPEAKER = compile_gated(
    r"我(?![局股办队们单司室]|科(?!目))|本人"
)  # 我局, 我们 are the office, not the speaker
# 跟大家说一声, 向大家报备一下: the speaker tells the group; 大家 is not who is away.
TELLING = compile_gated(
    r"(?:跟|和|给|向)大家(?:说|讲|报备|报告|汇报|打个招呼)(?:一声|一下|个事|件事)?"
    r"|(?:跟|和)各位(?:说|讲)(?:一声|一下|个事|件事)?"  # 跟各位说一下 (向各位报备： is a frame)
    r"|(?:跟|和|向)(?:大家|各位)(?=请个?假|请一下假)"  # 跟大家请个假: asked of the group
)
# 中午跟大家说个事：下午…: when the group is told, not when the absence is.
TOLD_THEN = compile_gated(
    rf"(?P<t>{P})(?:先|再)?(?:跟|和|给|向)(?:大家|各位)(?:说|讲|报备|报告|汇报)"
)
# A unit as the subject (工程股下周一去现场验收, 股里的人都去): a plan for a group, nobody named.
_UNIT = (
    r"(?:(?![在去到赴从陪参前往回送接带领找给跟和同])(?:(?![在去到赴])[\u4e00-\u9fff]){1,6}(?:股|办|中心|大队|科|室)"
    r"|全股|全局|股里|局里|单位)"
)
GROUP_SUBJECT = compile_gated(
    rf"{_UNIT}(?:[、和及]{_UNIT})*"
    r"(?:全体|全员|所有人|的人|的同志|同志们|人员)?(?:都|也|将|要|会|需要|统一)*"
)
# 陈主任早，… 李局早上好！: a morning greeting after the name addressed.
_MORNING = r"早上好|早安|早(?![上晨饭点])"
# The person a report is addressed to, at its start: 领导，… 王局：… 各位领导好, 刘主任好！…
VOCATIVE = compile_gated(
    rf"^\W*(?:(?:各位)?(?:领导|局长|主任|书记|局领导)们?(?:好|您好)?(?=[,:!\s]|[{TC}]|我|本人|明天|今天|下午|上午)"
    rf"|(?:{_SURNAME}|[{_TITLED_ONLY}])(?:局|局长|主任|书记|股长|科长|科|股)(?:好|您好|{_MORNING})?(?=[,:!\s]|我|本人)"
    # 苏所长，, 张建国局长，: any title, or a full name with one, when a comma or 我 follows
    # (覃工 11月11日… on a line of its own is who goes, not whom the message is for)
    rf"|(?:{_SURNAME}|[{_TITLED_ONLY}])[\u4e00-\u9fff]{{0,2}}?(?:{_TITLES})(?:好|您好|{_MORNING})?"
    r"(?=[,:!]|我|本人)"
    rf"|各位(?:早上好|早安|早|好|同事好)?(?=[,:\s]|[{TC}]|我|本人)"
    # 各位同事，我今天病了: colleagues addressed, then the speaker's own sentence
    rf"|各位(?:同事|同仁|同志)们?(?:好|早)?[,:\s]*(?=我(?!们)|本人)"
    # 各位同事，家里老人…，我这几天都在医院，先请…: the speaker's own sentence, 我 in it later
    rf"|各位(?:同事|同仁)们?[,\s]+(?=[^。!?\n]*?[,\s]我(?![们局股办队单司室]|科(?!目))[^。!?\n]*?请[^。!?\n]*?假))"
)
# 局长明天去省厅开会: with no comma and no 我 the title may be the subject, not the addressee.
BARE_TITLE = compile_gated(r"^\W*(?:各位)?(?:领导|局长|主任|书记|局领导)们?(?![好,:\s])")
# 转发 / 转：… 张伟：明天请假: someone else's words passed on, not the sender's report.
FORWARDED = compile_gated(r"^\W*(?:【|\[)?(?:转发|转自|转)(?:】|\])?[:：\s】\]]|^\W*(?:【|\[)转发")
# 代王强请假, 帮小陈请个假, 替刘工报备, 给老周请两天假. Not 替老周去开会: that is the
# sender going in someone's place.
FOR_OTHERS = compile_lazy(
    # 交代给罗丽，请知悉: 代 inside a word (交代 取代, 由王芳代管 代理) is no one's behalf,
    # 请知悉 no leave, 请予批准 approval asked
    rf"(?:(?P<h>(?<![交取])代(?![管理])|帮忙?(?!给)|替)|帮忙?给|给)(?![为其])(?P<names>[\u4e00-\u9fff、和与及,]{{1,20}}?)(?:同志)?{T}*"
    r"(?=请(?!批|领导|示|审|知悉|查收|阅|予)|报备|报个备|报一下|报下(?![午班周个月半])|报个|补报|销假|销个假|销一下假?|休|调休|补假|补个假|告假|外出报备|出差报备|说一声"
    # 帮何涛说下, 替小王说一下: on a colleague's behalf, the telling is the report (给小王说下
    # tells 小王 something)
    r"|报(?:外出|出差|培训|请假|假)|报的|报[:：]|报一个|撤(?:一下|个|销)|(?(h)说一?下(?![午班周个月半])|(?!))"
    # 帮蒋工取消一下明天的病假, 帮老周更正一下：他的事假…: a colleague's absence withdrawn or
    # put right on their behalf (帮小王改一下报表 is no absence)
    r"|(?:取消|更正|改)一下(?=[^。!?\n]{0,12}?(?:假|调休|外出|出差|培训|晚到|早退|早走)))"
)
NOT_NAMES = frozenset(
    {
        "领导",
        "局长",
        "主任",
        "书记",
        "单位",
        "大家",
        "自己",
        "家人",
        "孩子",
        "我们",
        "咱们",
        "同事",
        "办公室",
        "老婆",
        "老公",
        "老人",
        "老妈",
        "老爸",
        "老家",
        "老伴",
        "老舅",
        "老姨",
        "小舅",
        "小姨",
        "老板",
        "老师",
        "家属",
    }
)
NAME_SPLIT = compile_lazy(
    r"[、和与及,]|(?<=[\u4e00-\u9fff]{2})跟|(?<=[小老][\u4e00-\u9fff])(?=[小老][\u4e00-\u9fff])"
)  # 小王小李

# --- the shape of a report: cues beyond the leave and duty key words ------------------------

# Going somewhere or doing an errand: 去区法院出庭, 在泵站调试设备, 赴省厅汇报. A cue for 外出
# when the message also says when (or 马上/现在).
# Cities by name (湘乡 and 宁乡 are cities, though they end in 乡).
CITIES = "|".join(names.CITY_NAMES)
PLACE_WORDS = _PLACE = (
    r"局|院|站|库|堤|闸|所|厅|委|办|中心|政府|法院|检察院|医院|党校|乡|镇|村|县|市|省|区|厂|校|馆"
    r"|场|段|港|河|江|湖|灌区|泵站|水库|现场|工地|大堤|堤上|渠|点|处|队|社区|银行|公司|企业|部门|垸|坝|圩"
    # a bank by its short name (去交行转账, 到建行对账): a whole name, no head after a modifier
    r"|(?<![集施执运进移])[建工农中交招]行(?![动为政业程驶使])|农商行|信用社|邮储"
    rf"|仓库|机场|车站|高铁站|火车站|外地|外面|堤上|市里|县里|区里|项目部|指挥部|{CITIES}"
)
# Heads of place names the list above lacks (桥, 码头, 小区, 服务区 …: bot.domain.reader.places
# groups them by what they name), and a colleague's workplace named by them (老李那边). A new
# head closes a name only after its modifier (杉岭大桥; 堵在桥上 is on the road).
_NEW_HEADS = "|".join(h for h in places.HEADS.split("|") if h not in _PLACE.split("|"))
_PLACE += rf"|(?<=[\u4e00-\u9fff])(?<![在去到赴往])(?:{_NEW_HEADS})(?![上下边])"
_PLACE += rf"|(?:(?<=[工局长任站所院办司队股])|(?<=[老小][\u4e00-\u9fff]))(?:{places.THEIR_PLACE})"
PLACE_WORDS = _PLACE
ERRAND = (
    r"送|办事|办理|办|帮忙|帮个忙|开会|开庭|出庭|应诉|旁听|接访|走访|陪同|调研|学习|出车|盯|看险情|巡堤|巡查|巡河"
    r"|检查|查看|督查|督导|验收|调试|检修|勘察|勘查|测量|对接|协调|汇报|答辩|报送|移交|取|拿|交|查"
    r"|配合|指导|参加|参会|评审|考察|核查|清点|处理|抢险|值守|听|签|审核|体检|复核|踏勘|察看|看|视察"
    r"|授课|讲课|驻点|蹲点|列席|值守|抢修|轮值|窗口值班|抽检|抽查|初验|竣工验收"
    r"|测(?:一下|一测)?(?:水位|流量|雨量|水质|断面|高程)"  # 去测一下水位: readings taken there
    r"|笔录|作证|出证|质证|调解"  # 区检察院找我去做个笔录: called to a court or the police
)
_NOT_BEFORE_TO = r"(?<![签报迟推收做想达得找遇看听送交发提拿传转放贴寄])"
# not 现在, 签到; 到了让仓库签收, 到了就说: "once it has come", a clause of when, going nowhere
# 跑一趟区政务中心, 走一趟财政局: the trip's measure word makes 跑/走 a going (白跑一趟: a wasted
# one, told)
_GO = (
    rf"(?:去|赴|前往|(?<![白再])[跑走]一?趟|{_NOT_BEFORE_TO}到(?!了[让就再请])"
    r"|(?<![现正实还存所自])在)"
)
# 三楼, 楼上, 会议室: rooms of the bureau's own building (万楼那边 is a place elsewhere).
# 去财务股交, 到工程股送: the bureau's own sections are rooms in the building too (not 去财务股
# 对面的银行, a place beside one); so is the bureau's own 防汛办 (在防汛办值班室; 市防汛办 is
# the city's)
_INDOORS = (
    rf"(?:{_INDOORS_WORDS}|(?:(?:财务|工程|农水|水政|人事|规划|计财|水保|河湖|建管|综合|监督|执法)股"
    rf"|(?<![市省县])防汛办)(?![^{STOP}]{{0,3}}?(?:对面|那边|旁边|附近|边上|门口)))"
)
# 在线参加: online; 在自己办公室: one's own desk
_HERE = (
    r"岗|单位|办公室|局里|家|群|路上|系统|网上|邮箱|线"
    # 到站里, 在所里: a field station's staff at their own station; 屋里/屋头: the dialect's 家
    r"|站里|所里|屋里|屋头"
    r"|(?:自己|各自)的?(?:办公室|单位|家|岗位|工位)"
)
# 在登记本上签, 在表上写: a page or a board, not a place to go to.
_SURFACE = rf"[^{STOP}]{{0,5}}?(?:本|表|单|册|簿|纸|屏|板)上"
MOVE = compile_gated(
    rf"{_GO}(?!{_HERE}|[^{STOP}]{{0,5}}{_INDOORS}|{_SURFACE})"
    rf"[^{STOP}{TC}·]{{0,14}}?(?:{_PLACE})(?:[^{STOP}{TC}·]{{0,12}}?(?:{ERRAND}))?"
    rf"|{_GO}(?!{_HERE}|[^{STOP}]{{0,5}}{_INDOORS}|{_SURFACE})[^{STOP}{TC}·]{{0,14}}?(?:{ERRAND})"
    rf"|马上(?:去|过去|出发)|现在过去|(?<!不)过去(?:一下|看看)|出车|下乡|在外面|在外地|在外(?=$|[{STOP}])"
    r"|跑外[面头边]"  # 今天跑外面: out on errands
    # 省厅对账我去吧, 区财政局那趟我跑: the place and its errand put first, then the speaker
    # taking it on at the clause's end
    rf"|(?:{_PLACE})[^{STOP}{TC}·]{{0,8}}?我(?:去|过去|跑一趟|跑)(?:吧|好了|就行)?(?=$|[{STOP}\s])"
    # 出趟车, 出一趟车: driving out counted by the trip's measure word
    r"|出一?趟车"
    # 长城乡明天还要去一天, 金霞垸明天要去一趟: the place put first, its day, then the going
    rf"|^\W*[^{STOP}{TC}·我你他她]{{0,8}}?(?:{_PLACE})[{TC}\s]*[{TC}][{TC}\s]*(?:还|要|得|也|再|会){{0,2}}(?:去|过去|跑)(?:一趟|[{TC}])?(?=$|[{STOP}\s])"
    # 巡堤去了, 我送材料去了: the errand, then 去了 (the spoken order of 去巡堤了), opening
    rf"|^\W*我?(?:{ERRAND})[^{STOP}{TC}·]{{0,6}}?去了(?=$|[{STOP}\s])"
    # outing verbs that go somewhere by themselves (CORPUS: 出庭, 接访, 走访, 陪同 …)
    rf"|(?<![的要])(?:陪同|接访|走访|出庭|盯现场)(?![的记材情工]|来了|时来)"
    rf"|(?<![的要])陪(?=[^{STOP}]{{0,6}}?(?:检查组|督查组|督导组|考察组|调研组|专家|验收组))"
    rf"|(?:事由|地点|去向)[:：][^{STOP}]{{0,12}}?(?:{ERRAND})"
    # a form's task field at a place: 任务：梅林桥泵站机组大修监理
    rf"|(?:任务|事项)[:：](?!{_HERE}|[^{STOP}]{{0,5}}{_INDOORS})[^{STOP}{TC}]{{0,12}}?(?:{_PLACE})"
    # (下午区里开会; 下午三点区人大的汇报材料 is the place's own thing: 的 after it owns)
    rf"|^\W*[{TC}][\s{TC}]*[^{STOP}{TC}]{{0,10}}?(?!局里|单位)(?:{_PLACE})"
    rf"[^{STOP}{TC}的]{{0,8}}?(?:{ERRAND})"
)
# Being at a place for the day (今天在白沙泵站值守, 不在局里), not setting out: the day is away
# from its start, not from the moment it is said.
STAYING = compile_gated(
    rf"(?<![现正实还])在(?!{_HERE}|[^{STOP}]{{0,5}}{_INDOORS})[^{STOP}{TC}·去到赴]{{0,14}}?(?:{_PLACE})"
    r"(?:[^,.;:!?。\n]{0,10}?(?:驻点|值守|蹲点|坐班|值班|督导|盯|守|调试|待一天|一整天|全天))"
    r"|不在(?:局里|单位|办公室)"
    r"|(?<=[天午])不在(?=$|[^\u4e00-\u9fff]|去|了)"  # 小王今天不在，去红旗水库了: away all day
)
NOW_WORDS = compile_gated(
    r"马上|现在|现(?=赴|前往)|立即|立刻|这就|刚刚?出发|在路上|在车上|已经?出发"  # 现赴: formal
    # 刚接到通知，去区政府开紧急会: called away just now, so away from now
    r"|刚刚?接到[^,.;:!?。\n]{0,6}?(?:通知|电话)(?=[,.;!。\n]?[^,.;:!?。\n]{0,4}?(?:去|赶|赴|到))"
    # 去区政府参加紧急会议 刚接的通知: the same call said after the going
    r"|(?:去|赶|赴)[^,.;:!?。\n]{1,12}?[,.;!。\n\s]*刚刚?(?:接到?|来|收到)的?(?:通知|电话)(?=$|[,.;!。\n\s])"
    # away now, back at an unknown time
    r"|(?:说不准|说不好|不知道|不晓得|不确定)几点|(?:回来|返回|返程)时间不定"
    # 巡堤去了，几点回说不准 (不晓得: the dialect's 不知道)
    r"|几点(?:回来?|回得来)(?:还)?(?:说不准|说不好|不知道|不晓得|不确定|不一定)"
    # 回来时间说不准; 签完就回, 办完回来: back when the errand is done, so away from now
    r"|(?:回来|返回|返程)时间(?:说不准|说不好|不确定|待定)|(?:办|签|弄|忙|谈)完(?:了)?(?:就|再)?回"
    # 一会儿就回: away now, back soon
    r"|(?:一会儿?|一下子?|等下|待会儿?|很快)(?:就|便)?(?:回|回来)(?![家老乡去])"
)
# 我现在下去响塘乡，堤上发现一处管涌: setting out this moment, so what was found or done
# beside it is why the speaker goes, not work told as done.
GOING_NOW = compile_gated(
    r"(?:马上|现在|立即|立刻|这就|赶紧|赶快)(?:就|要|得)?(?:带队|带人)?(?:下|赶|出发)?(?:去|过去|赶去|赶往|前往|出发)"
)
# Staying away without a leave word: 在家休息, 来不了, 明天不来上班, 走不开.
STAY_AWAY = compile_gated(
    r"在家(?:休息|歇|养|躺|办公)|(?<![回到])在(?:家|屋里|屋头)(?=[^。\n]*?(?:到单位|到岗|来上班|上班|来单位|(?:前|以后|后)?[到来]))|歇一天|休息一天|(?<!回)来不了|(?<!回)不来了|不来上班|不能来|不能上班|走不开"
    rf"|(?:歇|休息)(?=[{D}])"  # 明天歇一天: the day is a duration placeholder
    r"|上不了班|去不了单位|到不了单位|不过来了|赶不回来|赶不过来|(?<![回过])不来(?=$|[,.;!?。\n])"
    r"|不去(?:单位|局里|办公室)了"  # 上午不去单位了: not coming in, where the speaker is away
    # 老蒋今天生病没来, 小刘今天没来，家里有事: told after (not 怎么没来, 谁没来, 被告没来了)
    rf"|(?:(?<=[{TC}病烧服事])|(?<=[病烧]了))(?:就|都)?没(?:有)?来(?:上班|单位)?(?=$|[,，.;!?。\n])"
)
# 不舒服先回去了, 发烧回家休息: leaving work for home, said after a symptom (see intent).
HOME_NOW = compile_gated(r"(?:先|就|提前|得)?(?:回去|回家|走)(?:了|休息|躺着?)")
AWAY_BARE = compile_gated(rf"(?<=[{TC}])不在(?=$|[{STOP}])")  # 下午不在 (see intent._bare_away)
# --- What a phrase IS decides a kind: one list per class --------------------------------
# The speaker's body: a part of it with what ails it (膝盖肿了, 胸口闷, 浑身没劲) is their
# health whatever the ailment is called; so is a named illness flaring up (老毛病又犯了).
BODY_PARTS = (
    "头|脑袋|眼睛?|耳朵?|鼻子|嘴|牙|喉咙?|嗓子|脖子|颈椎?|肩膀?|背|腰|胸口?|心口|肺|胃|肚子|腹部?"
    "|肝|肾|胆|肠|腿|膝盖?|脚踝?|脚|手腕|手指|手|胳膊|关节|骨头|皮肤|浑身|全身"
)
AILMENTS = "疼|痛|酸|肿|胀|痒|麻(?!烦)|闷|发炎|出血|难受|没劲|无力|不舒服|不得劲|抽筋|受伤|伤了|扭"
_BODY_AILING = (
    rf"(?:{BODY_PARTS})[^{STOP}]{{0,3}}?(?:{AILMENTS})"
    r"|(?:[病炎喘风症]|毛病)又?(?:犯了|发作|复发)|血[压糖][^,.;:!?。\n]{0,2}?(?:高|低)"
    # 腰又犯了, 下不了床: the body part itself flaring up, the body that cannot get up
    rf"|(?:{BODY_PARTS})(?:又|老是|总是)(?:犯了|发作|复发)|下不[了来]床"
)
# Kin: whose the illness or errand is (奶奶住院, 外公生病了): a family affair, a leave.
KINSHIP = (
    "爷爷|奶奶|外公|外婆|姥姥|姥爷|岳父|岳母|丈人|丈母娘|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|孙子|孙女"
    "|外孙|侄子|侄女|外甥|舅舅|舅妈|姑姑|姑父|姨妈|姨父|叔叔|婶婶|伯伯|伯母|嫂子|弟媳|女婿|儿媳|老伴"
    # 老舅住院了: kin called as at home (led by the rare character, not by 老/大/小, which
    # open half the words of a message and would slow every search)
    "|舅(?<=[老大小]舅)|姨(?<=[老大小]姨)|伯(?<=[大二三]伯)"
    "|娘(?<=[带陪我俺老]娘)"  # 带娘去医院: the mother, as the countryside calls her
)
# A course: named by the learning done in it (研修班, 辅导班) or as a drill (集训, 实训).
LEARNING = "学习|培训|研修|研讨|进修|辅导|训练|培养"
_COURSE_NAMED = rf"(?:{LEARNING})班(?![子长车组次])|[集实轮特]训"
HEALTH = compile_gated(
    r"身体不舒服|不[太大]?舒服|不适|发烧|高烧|烧到|[^\d]\d{2}度|炎|拉了一|发热|头疼|头痛|牙痛|胃镜|肠镜|核磁|CT|B超|拍片|化验|抽血|头晕|胃疼|胃痛|肚子疼|腹泻|拉肚子|感冒|着凉|咳嗽|嗓子疼"
    # 身体还没好利索, 身体不太好, 身体有点不大好
    r"|身体[^,.;:!?。\n]{0,3}?(?:没好|不[太大]?好|没恢复|欠佳|不行)|没好利索|没好彻底"
    r"|扛不住|撑不住|吃不消|生病|病了|看病|就医(?!备案|登记|结算|报销)|医院|保健院|卫生院|诊所|挂水|输液|打针|拔牙|牙疼|(?<![患程题改况险垸堤闸坝渠段库])复查(?!了?(?:整改|情况|工程|工地|项目|现场|进度|险情|隐患|堤|闸|泵))|住院|手术|理疗|康复|(?<!生)产检|扭伤|扭了|扭到|闪了?腰|腰疼|病"
    # 还是烧, 又烧起来了, 烧还没退, 退烧: the fever named by 烧 alone
    r"|(?:(?<=还是)|(?<=[还又在]))烧(?![^,.;:!?。\n]{0,2}[纸香饭水菜烤])|烧(?:[还没未]{1,2})退|退烧|低烧"
    # 早上量了37.8: a temperature taken
    r"|(?:量|测|体温)[^,.;:!?。\n\d]{0,4}?3[7-9](?:\.\d)?(?!\d)"
    r"|[头腰腿胃牙肚嗓喉颈背腹膝脚肩眼耳][^,.;:!?。\n]{0,2}?[疼痛昏胀]|红肿|头昏|脑胀|在家躺|[眼牙骨]科|口腔科|皮肤科|耳鼻喉|起不来|过敏|骨折|崴|吃坏|呕吐|吐了|晕|透析|化疗|放疗|换药|针灸|牙医|补牙|看牙|拔智齿"
    # 落枕, 跑肚, 嗓子发不出声, 去推拿, 看医生: the body said in everyday words
    r"|落枕|跑肚|发不出声|失声|痛风|推拿|看(?<!陪看)(?:医生|大夫|中医|急诊)|复诊"
    # 咳得睡不着, 咳了一晚上, 嗓子哑了: a cough (not the sound 咳，) and a hoarse voice
    r"|咳(?=得|个不停|了|一[晚夜宿]|醒)|(?:嗓子|喉咙|声音)[^,.;:!?。\n]{0,2}?哑"
)
# The speaker's health when deciding a leave's KIND (a leave word or a going home already
# makes the report): any ailing body part counts too (腿酸, 膝盖肿了), which alone after a
# day on the dikes (今天腿还是酸的) is only chatter, so it never makes a report by itself.
OWN_HEALTH = compile_gated(HEALTH.pattern + f"|{_BODY_AILING}")
# 体检, 去做个体检: a health check gone to (明天上午体检，下午来上班: the speaker's own, a sick
# leave, BB0354); not the papers or the place (体检名单, 体检报告, 体检中心), nor the
# recruits' check the bureau helps with (征兵体检).
_CHECKUP_WORD = r"(?:体检|孕检|产检)(?!名单|表|报告|通知|安排|中心)"
CHECKUP = compile_gated(rf"(?<!征兵)(?<!入伍){_CHECKUP_WORD}(?!场地|陪同|工作)")
# 去医院拿检查结果: the speaker at a hospital on their own account (not 去医院接同事, 送名单,
# nor on the unit's: 去区医院体检中心帮单位取体检报告).
HOSPITAL_VISIT = compile_gated(
    rf"(?:去|到|在)[^{STOP}]{{0,6}}?医院(?![^{STOP}]{{0,4}}(?:接|送|看望|探望|慰问|对接|调研|督查|检查工作))"
    rf"(?![^{STOP}]{{0,8}}?[帮替给为](?:单位|局里|股里|办里|站里|大家|同事))"
)
# Whose health: 孩子发烧, 母亲住院 are someone else's, the leave is not 病假.
# A family member or the home, whose errand makes a leave, not an outing (送老人住院).
# The speaker's own business that holds them up before work (办点事, 考科目一, 补个胎, 车管所,
# 开个证明, 家长会): what was done before the arrival is private, so the arrival is lateness.
# 参加亲戚婚礼, 吃喜酒, 喝满月酒: a family or friend's celebration, never work.
PRIVATE_OCCASION = compile_gated(r"婚礼|喜酒|婚宴|喜宴|满月酒|寿宴|升学宴|生日宴")
PRIVATE_ERRAND = compile_gated(
    r"办(?:一?点|个)(?:私|自己的)?事|私事|自己的事|个人的?事"
    r"|开(?:个|一?份|一?张)?[\u4e00-\u9fff]{0,6}?证明"  # 开个证明, 开收入证明, 开无犯罪记录证明
    r"|考(?:科目|驾照|车)|科目[一二三四1234]|驾考|车管所|[补换](?:个|一下)?胎|车胎|爆胎|扎胎"
    r"|修车|抛锚|追尾|堵车|堵在|堵死|家长会"
    # 车打不着火, 车坏了, 发动不了: the speaker's own car failing them on the way in
    r"|[打点]不着火?|发动不(?:了|起来)|启动不了|车(?:子)?(?:又)?坏|车(?:子)?没油|亏电"
    r"|社保|医保|公积金|户口|身份证|护照|签证"  # one's own papers (先去趟社保局)
    r"|过户|房产证|不动产权?证|契税|房贷|结婚证|驾驶证|驾照|行驶证"  # one's own property, licences
    # 早上去交警队处理一下违章，9点45到: one's own traffic ticket (查违章采砂 is the job)
    r"|处理(?:一?下|个)?违章(?![建采搭占排取用])|交(?:个|一下)?罚(?:单|款)|罚单|违章(?:扣分|记录|缴费)"
    r"|银行|开个?户|销户|疫苗"  # 上午先去银行开个户，九点半到单位: one's own account, one's own jab
    # 明天早上有个体检 10点半到, 去区妇幼做孕检, 做健康证体检: one's own check-up
    rf"|(?:有个|去|做个?)[\u4e00-\u9fff]{{0,3}}?{_CHECKUP_WORD}"
    rf"|{PRIVATE_OCCASION.pattern}"
)
# 九点到，车限号打车中; 八点五十到，路上有点事; 九点半到，等燃气公司上门检修: what holds the
# speaker up on the way in or at home, said right after a bare arrival time.
# The way in itself (路上堵, 限号, 公交没赶上): said before a bare arrival time too (intent).
ON_THE_WAY = compile_gated(
    r"限号|打车|电动车|电瓶车|没电了|路上有?(?:点|些)?事|路上|堵|公交|地铁|没赶上|没挤上|等车"
)
HELD_UP = compile_gated(ON_THE_WAY.pattern + r"|上门|检修|维修|年检|送修|修车|等(?:师傅|物业|快递)")
# 起晚了, 睡过头了: overslept, which holds only the arrival up.
OVERSLEPT = compile_gated(r"起(?:晚|迟)了|睡过(?:头|了)|睡迟了|闹钟没响")
FAMILY = compile_gated(
    r"孩子|小孩|娃|儿子|女儿|老人(?![院会])|父亲|母亲|[老]?[爸妈]|爱人|家属|老婆|老公|媳妇|婆婆|公公|岳[父母]|家人|家里|家长"
    r"|在(?:家|屋里|屋头)(?:里)?等"  # 在家等燃气公司上门 (屋里: the dialect's 家): a home affair
    f"|{KINSHIP}"
)
KIN = compile_lazy(
    # 陪产检, 陪她去复查, 陪诊: someone else's health the speaker goes along for
    r"陪诊|陪[^,.;:!?。\n]{0,4}?(?:产检|看病|看医生|复查|就医|就诊|住院|手术|体检|打针|输液|检查)|"
    r"看望|探望|陪护|陪同|老同志|孩子|小孩|娃|儿子|女儿|老人|父亲|母亲|爸|妈|爱人|家属|老婆|老公|媳妇|婆婆|公公|岳|家人|家里人"
    f"|{KINSHIP}"
)
TRAINING_WORDS = compile_gated(
    r"培训|学习班|培训班|研修班|轮训|进修|党校[^,.;:!?。\n]{0,6}学习|参加学习|集中学习"
    # 去湘潭县水利局学习他们的数字孪生: learning from a host is a visit, not a course
    r"|(?:去|到|赴)[^,.;:!?。\n]{1,12}?(?:跟班|挂职|跟岗|脱产)?学习(?![材资文笔心记考交调他]|人家)"
    # 在市里学习河湖长制信息系统: learning at a place away; not at the desk, online or in a meeting
    r"|(?<![正还都])在(?!家|单位|局里|办公室|股里|线|网上|会上|群里|学习)[^,.;:!?。\n]{1,8}?学习(?![材资文笔心记考交调])"
    r"|党课|(?:党校|学院|大学)[^,.;:!?。\n]{0,6}上课|继续教育"
    r"|(?:党校|学院|干部学校|培训中心)报到"  # 下周一去区委党校报到，学三天: a course begins
    # 在省厅跟班学习, 党校中青班: a secondment to learn, a class by its name
    r"|在[^,.;:!?。\n]{1,14}?(?:跟班|挂职|跟岗|脱产)学习|(?:中青|青干|主体|专题|研修|进修|业务)班"
    # 去衡阳学水利工程造价: a trip to learn a trade (学 with what is learnt, not 学校 学院,
    # nor the school of 去城关中学给学生上课)
    r"|(?:去|到|赴)[^,.;:!?。\n]{1,8}?(?<![中小大])学(?![习校院生会员历位费期年分者术科一下点时])[\u4e00-\u9fff]{3,}"
    # 青年干部能力提升班, 骨干读书班: a course named by what it builds
    r"|(?:提升|提高|读书|骨干|示范|高研|素质|能力)班(?![子长车组次])"
    # 明天上午去党校, 不去党校了: the party school gone to is a course, unless the speaker
    # teaches, delivers or meets there (讲课 授课 送材料 开会)
    r"|(?:去|到|赴)(?:区委|市委|省委|[区市省])?党校"
    r"(?![^,.;:!?。\n]{0,12}?(?:讲|授课|送|开会|会议|调研|对接|办事|报名|交|拿|取))"
    f"|{_COURSE_NAMED}"
)
# Meetings by their noun's suffix (季度例会, 防汛调度会, 述职会, 区政府常务会 …) and the verbs of
# one (述职). 人大常委会 is a body gone to, not its sitting.
_MEETING_NOUN = (
    r"(?:例|调度|推进|座谈|研讨|现场|评审|协调|部署|动员|专题|办公|联席|扩大|述职|汇报|论证"
    r"|分析|观摩|碰头|视频|电视电话|交流|务虚|总结|党组|班子|常务|(?<!人大)常委|政务|工作"
    r"|审查|联审|会审|[图初复终]审|审议|审定|验收|听证|(?<=[学协]会)年)会(?![计员长议室场])"
)
# 参加全会报告起草组集中办公: the 会 inside a working group's name, the work done in it.
_TEAM_WORK = rf"[^{STOP}]{{0,8}}?(?:组|专班)(?:集中)?(?:办公|工作|封闭)"
MEETING_WORDS = compile_gated(
    rf"开[^{STOP}{TC}]{{0,12}}?会(?![计签])|参加[^{STOP}{TC}]{{0,14}}?会(?!计|{_TEAM_WORK})|参会|会议|座谈|会商|中心组|列席"
    rf"|{_MEETING_NOUN}|述职(?!报告|材料)|有[一两]?个?会(?=[^{STOP}]{{0,3}}[,，]?[^{STOP}]{{0,3}}在)"
    # a bare 会 the speaker has: 明天的会我得在市里, 省厅的预算会, 开一天会, 有个会我得参加
    rf"|的[^{STOP}{TC}的]{{0,4}}?(?<![机社体学聚理领约误开])会(?=[{STOP}我在]|$)|开[{TC}]会"
    rf"|有[一两]?个?会[^{STOP}]{{0,3}}(?:参加|去|出席)"
    # 参加水利项目评审: a review sat on is a meeting (参加职称评审培训 is training)
    rf"|参加[^{STOP}{TC}]{{0,14}}?评审(?![^{STOP}]{{0,2}}(?:培训|学习|班|答辩))"
)
# Field work named by its task (渠道测量, 堤防巡查): an outing, when a correction restates it.
FIELD_WORK = compile_gated(
    r"测量|巡查|巡堤|巡河|检查|验收|踏勘|勘察|勘查|走访|调研|督查|督导|核查|抽查|抽检|查看|察看|视察|考察|调试|检修|抢修"
)
# 明天的会不去了: a bare 会 after 的 names a meeting, when something is withdrawn from it.
# 周三的会, 周3那个会: a meeting named by its day (那个会不会… is the modal 会, not a meeting).
BARE_MEETING = compile_lazy(
    # 那个会不用去了 withdraws the meeting, 那个会是下午 corrects it; 那个会不会开 asks
    r"的会(?![计员长议场所])|(?:那个|这个|那场|这场)会(?![计员长议场所去来有在要把让给被很更也再就能得]|不会|是不是)"
)
# A request is still a report: 周一上午想请个假，可以吗？
REQUEST = compile_gated(
    r"(?<!不)(?:可以|行|好|方便|同意|批准)(?:吗|么|不|嘛|吧)|可不可以|行不行|能否批准|望批准|请批准|请领导批准"
    r"|(?<=[,\s])能批(?:吗|么|不)"  # …请年假，能批吗？: the request closes the message
    r"|(?<=[假休])能批(?:吗|么|不)"  # 4月27到30号请年假能批吗: right after the leave asked
    r"|(?:能不能|可不可以|能否)(?=请|休|早|晚|提前)"
)
# 能不能明天请一天假？ 我周五能调休吗？ 可以请假吗？: asking leave for oneself, when the
# message says it is the speaker's (我, or a reason after the question).
OWN_REQUEST = compile_gated(
    rf"(?:能不能|可不可以|能否|可否|能|可以)[{TC}\s]*"
    rf"(?:请[个一两半天\d{TC}]*假|请[事病年]假|休[一两半天\d{TC}]*假?|调休|早点?走|晚点?到|晚到|提前走)"
    r"(?:[^?？。!]{0,6}?)(?:吗|么|\?)?"
    rf"|[{TC}](?:左右|以后)?(?:可以|能)(?:先走|早走|走)(?:吗|么|\?)"  # 下午四点可以走吗
)
# 小赵你下周一去区水务集团对接一下: 你 with no 我 in the message speaks to someone else.
ADDRESSED = compile_lazy(r"你(?!好|们好)")
# 小何，明天的会议你代我去一下: an instruction to someone, not a report.
_NAME_HEAD = rf"(?:[小老][\u4e00-\u9fff]|{_SURNAME}(?:{_TITLES}|[\u4e00-\u9fff]{{1,2}}))"
INSTRUCTION = compile_gated(
    rf"你[{TC}\s]{{0,2}}(?:替|代|帮)我|麻烦(?:[小老][\u4e00-\u9fff]|{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)[{TC}]*(?:去|跑|帮|把|来)|"
    r"你们?[^,.;:!?。\n]{0,6}(?:去|来|跑|参加|参会|出席|盯)一?[下趟]|你去|你们去|你帮|你来|麻烦你|请你"
    r"|你负责|你代|交一下|我(?:帮|给|替)你|回来(?:后)?(?:跟|给|告诉)我|跟我说一?下|(?:别|不要)再?(?:排|安排|派)|(?<!电话|消息|微信|短信)给我(?![妈爸爹娘家媳爱儿女孩奶爷姥外岳父母哥姐弟妹老])(?!说|[打发](?:了个?|过)?(?:电话|消息|微信|短信)说|[打发]的(?:电话|消息|微信|短信))|发我|报给我"
    r"|(?:到|来)我(?:办公室|这[里儿边]?)(?:来|一下)"  # 防汛办的几个人到我办公室来一下
    # 小宋明天不用去工地了，让他在单位整理档案: a colleague set work by the speaker (让他/叫她…)
    r"|[让叫][他她]们?(?![^,.;:!?。\n]*(?:休息|请假|回家|看病))"
    # 小彭你下午两点去区财政局…: a colleague called by name and told where to go
    rf"|^\W*{_NAME_HEAD}[,:\s]*你[{TC}\s]{{0,3}}(?:去|到|跑|把|帮|送|来|参加|负责)"
)
# 小邹请假的事你批一下: asking a leader to approve someone's leave is no report; the same
# words after 我…请半天病假 ask approval of the speaker's own report.
APPROVE = compile_gated(r"[你您]批|批一下|批准一下")
# 小陈请假的事我已经跟局长说了: leave as an affair talked about (with no time of its own).
AFFAIR = compile_lazy(r"的事(?:情|儿)?(?!由)")
# A noun made of an errand (上周去泵站检查的记录表): the errand is not happening.
# 上午去泵站检查了，一切正常: work done and reported on, not an absence.
WORK_DONE = compile_gated(
    r"一切正常|运行正常|没有?(?:什么)?问题|完成了|已处理|处理好了|情况良好|[水运]行?[位况]?平稳|无异常|未见异常"
    r"|(?:[查看巡转跑走])了一?[圈遍趟](?![^,.;:!?。\n]*回)|很有收获|已经?解决|批下来了"
    r"|完好|(?:没|未)发现|(?:处理|解决|修好|弄好|搞定|谈妥|办妥|谈好|落实|理顺)了"
    r"|(?:对接|沟通|协调|衔接)(?:完|好)了"  # 跟区应急局对接完了: the business done there
    r"|已经?完成|已(?:经)?发(?:到)?群|水位正常"
    # 都清完了, 照片发群里: field work finished and shown (办完了 is an errand's end, not this;
    # 检修完了回家 is what comes after)
    r"|(?:清|修|挖|填|堵|补|抢修|清理|清障|疏浚|浇|浇筑|砌|铺|安装)完了(?!\s*(?:就|再|才)?(?:回|去|走))"
    # 电机换好了, 水泵装好了, 线路接好了: the part fitted, so the repair there is done
    r"|(?:换|装|接|焊|调|更换|安装|调试|检修|维修)好了(?!\s*(?:就|再|才)?(?:回|去|走))"
    r"|照片[^,.;:!?。\n]{0,3}?发(?:到)?群"
    # 测了流量, 量了断面: the readings taken (去测流量 is still to do)
    r"|(?:测|量|测量|检测|观测)了(?:一下|一遍)?(?:流量|水位|数据|断面|雨量|水质|高程)"
    r"|(?:基本|已经?|都)(?:谈妥|办妥|谈好|落实|解决|搞定|理顺)"  # 征地的事基本谈妥: settled
    r"|(?:看|查|检查|巡查|验收|转|问)了(?=[,.;!?。\s]|$)|已经?交了"  # 今天去现场看了，…
    # 去了趟河堤, 开了个会, 去了三次: an outing counted, so done
    r"|(?:去|跑|开|走|转|看|查|巡)了(?:[一两三四五六七八九十几\d]+)?[趟个次圈遍回]|办完了|已交"
    # 发现两处白蚁洞，已安排处理: what was found and what was arranged, so the work is done
    r"|发现[^,.;:!?。\n]{0,4}?[一两二三四五六七八九十几\d]+[处个条起]|已(?:经)?安排(?:人|处理|维修|整改|抢修)"
)
# 今天在朝阳闸站调试了两台机组, 下午在档案馆查了一下午的图纸, 去区政府参加了调度会: a work
# verb in the perfective (with what was worked on or how long after it), or its result
# (做完了, 包好了, 找到了, 整改到位了), tells the work as done; a return or more still to do
# after it (…看了一下，下午回; 还没弄完) keeps the outing under way.
WORK_PERFECTIVE = compile_gated(
    r"(?:(?:检查|调试|复查|参加|走访|查|核查|巡查|排查|保养|维修|检修|核实|督查|调研|查阅|抢修|清理|测量)了"
    r"(?=[^,.;:!?。\n\s]{2})"
    r"|(?:做|修|包|弄|装|搞|换|清|改)(?:完|好)了|找到了|到位了"
    rf"|(?:跑|走|转|忙)了(?:一整|整整)?[{TC}])"  # 今天在外面跑了一天: the day spent, told
    r"(?![^!?。\n]*(?:回|还[要在没得]|正在|没[弄做搞修完]))"
)
# 她的报表由小罗负责, 有事找他徒弟: a colleague's work handed over, said about them.
HANDOVER = compile_gated(
    # 有事找他们: how to reach those away; 找他打电话, 有事找他手机: the one away is reached
    # by phone, nobody covers
    r"有事[^,.;:!?。\n]{0,4}找(?![他她](?:打?(?:电话|手机)|微信))"
    r"|由[^,.;:!?。\n]{1,6}(?:负责|代|接)|交给|先盯|接手|代管|顶一下"
    r"|找[他她](?!们|打?(?:电话|手机)|微信)|[他她]的(?:事|工作|活|报表)|签字"
)
# 今天下午在区政府开的那个会，主要讲…: an event talked about, not an absence told.
THAT_ONE = compile_lazy(
    r"的那(?:个|次|场)(?:会|培训|学习|活动|检查)|(?<![说讲提报])的那(?:个|次|场)"
)
# 病好了，明天正常上班: recovered, and back at work then.
RECOVERED = compile_gated(
    rf"(?:病|身体|腰|腿|脚|手|伤|烧|感冒|嗓子|喉咙|头|牙|胃|肚子|眼睛|咳嗽)[^{STOP}]{{0,3}}?"
    r"(?:好了|好些了|好多了|好点了|好点儿了|好得差不多了|好转了|退了)"
    rf"|(?:^|(?<=[{STOP}{TC}\s]))(?:人)?好(?:点|些|多)了"  # 下午好点了，两点半来上班
)
# 审查提前结束了, 出差提前一天结束: what the speaker was away for ended early.
ENDED_EARLY = compile_gated(
    # 衡阳那边提前结束了: the business at the place the speaker went to
    r"(?:培训|学习|出差|外出|审查|评审|会议?|检查|验收|调研|督查|督导|考察|假|调休|行程|任务|活动|巡查|那边|那头)"
    rf"[^{STOP}]{{0,2}}?提前[^{STOP}]{{0,4}}?(?:结束|结业)"  # 培训提前一天结业: a course's end
)
# 产假休满了, 休完年假了, 婚假到今天结束, 丧事办完了, 家里的事办完了: the leave or the family
# affair it was for is over (with a day work resumes, see RESUME_DAY, a return).
LEAVE_OVER = compile_gated(
    rf"(?:假|丧事|老?家里?的?事情?)[^{STOP}]{{0,4}}?(?:休完|休满|办完|办妥|忙完|处理完|料理完|结束|期满|已满|到期|用完"
    # 病假期满, 护理假用完了; 假就不续了, 还剩几天不休了: the rest of it dropped, not the leave
    rf"|不续了|还?剩[^{STOP}]{{0,3}}?不休了)"
    # 我休完年假了, 休完假了: the verb before the leave it ends (not 休完年假再说)
    rf"|(?:休完|休满)了?(?:年休|[年病事婚丧产调]|探亲|护理|陪产)?假(?=了|$|[{STOP}\s])"
    # 结束调休返岗, 培训班今天结束: so is a course ended (a return only with work resumed after)
    r"|结束(?:调休|休假|(?:年休|[年病事婚丧产]|探亲|护理|陪产)假)|培训班?[^,.;:!?。\n]{0,4}?(?:结束|结业)"
)
# 挂完水了, 取水许可办完了, 培训上午就结束了: an affair the speaker was away for finished
# (with work resumed on a day or half named after it, a return; see RESUME_CLOSES).
WORK_OVER = compile_gated(
    rf"(?<![没未不])(?:[\u4e00-\u9fff](?:完|好)[\u4e00-\u9fff]?|结束)了(?![{STOP}\s]*[吗吧没?？])"
)
# 下午正常上班, 明天回来上班: the resumed work closing its clause (not 明天上班再给你).
RESUME_CLOSES = compile_lazy(rf"(?:了|吧)?(?=$|[{STOP}\s])")
# 下周一回单位上班, 星期一回来上班, 明天就来: the day work resumes, told ahead.
RESUME_DAY = compile_gated(
    # 于今日下午结束调休返岗: the leave ended at that time, in the formal order
    rf"(?P<t>{P})(?:结束(?:调休|休假|(?:年休|[年病事婚丧产]|探亲|护理|陪产)假))?"
    rf"(?:起|开始)?(?:就|再|能|会|正常|照常|按时|准时)?(?:回单位|回局里|回来|回到单位|回|来|去单位|去局里|去)?"
    rf"(?:上班|到岗|来单位|报到|返岗|回岗|(?:来|回单位|回局里)(?=$|[{STOP}\s]))"
)
# 产假到今天结束, 病假到昨天就结束了: the leave's last day named (the reader checks that it is
# today or past and that work resumes after it).
LEAVE_ENDS = compile_gated(rf"假(?:期)?(?:到|至)(?P<t>[{P}])(?:就|为止)?(?:结束|休完)")
# 下班前回: back by the end of the working day.
BY_CLOSING = compile_lazy(r"下班前(?:就|能|会)?(?:回|返回|赶回)")
# 不确定几点回, 回来时间不定: the return is open.
OPEN_RETURN = compile_gated(
    rf"(?:不定|说不准|说不好|不确定|不好说|不知道|不晓得)[^{STOP}]{{0,3}}?(?:几点|什么时候|多久)[^{STOP}]{{0,2}}?回"
    # 抢修闸门，不晓得么时候搞完: when the work ends, so when the speaker is back, is open
    rf"|(?:不知道|不晓得|不清楚|说不准|说不好)[^{STOP}]{{0,3}}?(?:几点|什么时候|么时候|啥时候|多久)"
    r"(?:能|才能?)?(?:搞完|弄完|修完|干完|忙完|结束|完事|完)"
    r"|(?:回来|返回|返程)时间(?:不定|不确定|待定|说不准|还没定|未定)"
    # 下午回不回来不确定: whether the speaker comes back at all is open
    rf"|回不回(?:来|单位|局里)?[^{STOP}]{{0,3}}?(?:不确定|说不准|说不好|不好说|不一定|不知道|还不清楚|待定)"
)
# 交完直接下班不回来了, 今天不回单位了: away until the working day ends.
NOT_COMING_BACK = compile_gated(
    r"(?:不回来了|不回单位了|不回局里了|不回办公室了|直接下班|直接回家(?!吃|拿|取))"
)
BACK_TO_WORK = compile_lazy(r"(?:正常|照常|按时)?(?:上班|到岗|来单位)")
# 去区里开会的材料, …的汇报材料 (a document named by what it serves): what an errand left behind.
ERRAND_NOUN = compile_lazy(
    r"的(?:汇报|申报|迎检|会议)?(?P<noun>记录|材料|照片|名单|表|报告|资料|通知|文件|台账|数据|费用|发票|课件|纪要|行程单|住宿费|补助"
    r"|车票|高铁票|火车票|动车票|机票|票据|车钥匙|PPT|讲话|笔记|心得|签到表|车子|大巴|中巴|班车|专车|公车|车(?![站间费辆程])|事(?:情|儿)?(?=再|还|怎么|等|先|就|以后|回头)"
    # 去泵站检查的情况我写好了: what was found, written up (去泵站看看抽排的情况 is the errand)
    r"|情况(?=[:：]|我?(?:已经?|都)?(?:写|整理|汇总|报|发|放|传|交)))"
)
# An absence reported after the fact, in so many words (补报, 补个备, 补个报备, 补一下, 补登,
# 忘了报…补一下, 漏报了): still a report of the past day, never work told or a day misread.
LATE_REPORT = compile_gated(
    r"补(?:个|一个|一下)?(?:报|备|登|充报)|补一下|(?:忘了?|忘记|漏)报"
    rf"|没报[^{STOP}]{{0,4}}?[,\s]*补"
)
# 刚才说的…说错了: the correction is of a report sent before, so it amends that one; so is
# 刚才说周四请假说错了 without 的, the words said before then owned wrong.
EARLIER = compile_gated(
    r"(?:刚才|刚刚|刚|之前|上午|昨天|昨晚|前面)(?:报|说|发)的|刚才那个"
    rf"|(?:刚才|刚刚|之前|前面)(?:报|说|发)(?=[^{STOP}]{{1,12}}?(?:说|报|发|写)错)"
    # 明天的调休说错了: an absence named by its day with 的, one reported before, owned wrong
    rf"|[{TC}]的(?:[^{STOP}{TC}的]{{0,3}}假|调休|外出|出差|培训)(?:说|报|发|写)错"
)
# 上午说错了: the time the earlier message was sent, then its correction.
SAID_WRONG_AT = compile_gated(rf"[{TC}](?:说|报|发|写|打)错了")
# 明天请假，不对，是后天: the speaker corrects the message itself; the later reading stands.
SELF_CORRECT = compile_lazy(
    # 嗯不是周四是周五: a filler, then 不是, corrects in passing
    r"(?:不对|错了|说错了|口误|哦不|啊不|不不|不是(?=[,\s…])|[嗯呃额哦]不是)"
    r"[,\s…]*(?:应该|应|改)?是?(?P<new>[^。\n]*)"
)

# --- who: reporting for others ---------------------------------------------------------------

# A name as people write it in the group: 刘洋, 老孙, 小龚, 李局, 罗科长, 防汛办刘主任.
_NAME = rf"(?:[小老][\u4e00-\u9fff]|{_SURNAME}(?:{_TITLES}|[\u4e00-\u9fff]{{1,2}}?(?:{_TITLES})?))"
_NAME = rf"(?:{_NAME}|[{_TITLED_ONLY}](?:{_TITLES}))"
NAME = compile_lazy(_NAME)
# …，跟陈主任报备一下: the one the report is told to, closing its clause (not who is away).
TELLING_NAMED = compile_gated(
    rf"(?:(?:麻烦|请)?你?(?:帮|替)我)?(?:跟|和|给|向)(?:{_NAME}|领导|局领导|办公室)"
    r"(?:说|讲|报备|报告|汇报|打个招呼)(?:一声|一下)?"
    r"(?=$|[,.;!?。\n])"  # not 向罗局报告：…, a heading
)
# 管浩, 农辉媛: a word-like surname with a given name is a name where it is not a word. Only
# the frames whose names are checked (intent._valid_names, names.person_shaped) take this
# wider shape, since 管理, 来电 and 明天 fit it too.
_PERSON = rf"(?:{_NAME}|[{_TITLED_ONLY}][\u4e00-\u9fff]{{1,2}}?(?:{_TITLES})?)"
PERSON = compile_lazy(_PERSON)
# 王局刚才说明天我去市局开会: someone's words giving the speaker an errand; the speaker is
# the one away, the one quoted is not who is reported.
TOLD_ME = compile_gated(
    rf"{_NAME}(?:刚才|刚刚|今天|早上|上午|下午|昨天|昨晚|也)?(?:说|讲|交代|通知|安排)了?"
    rf"[,:\s]*(?=[^{STOP}他她]{{0,8}}我(?![们局股办队单司室]|科(?!目)))"
)
_DEPT = (
    # 李局和工程股胡股长: a unit's name holds no 和 (the list goes on before it); 股里的小卢
    r"(?:(?:(?:(?![和与及])[\u4e00-\u9fff]){1,6}(?:股室|科室|股|办|中心|大队|队|站(?!长))|办公室|司机班"
    r"|(?:股|队|办)里"
    r"|(?:(?![和与及])[\u4e00-\u9fff]){1,4}(?<![会议教公])室)"  # 督查室的, not 张局和办公室
    r"(?:主任|副主任)?的?)"
)
DEPT_PREFIX = compile_gated(
    r"^[\u4e00-\u9fff]{0,6}(?:股室|科室|办公室|股|办|中心|大队|(?<![会议教公])室|司机班"
    r"|(?<=[\u4e00-\u9fff])站(?!长))的?(?=[\u4e00-\u9fff]{2})"
)
# 上午报的何工出差, 昨天登记的小李年假: the absence reported earlier, named by whose it is.
REPORTED_FOR = compile_gated(
    rf"(?:报|报备|登记|报上去)的(?P<names>{_PERSON})的?"
    r"(?=出差|外出|年假|请假|培训|调休|病假|事假|会议|开会|婚假|丧假|产假|早退|晚到|那)"
)
# A form's person field: 请假人：周敏, 外出人员：邓伟、何平.
# 农水股 唐晓, 办公室陈主任, 司机老喻, 分管副局长 熊局: who someone is, before the name in a
# form's field (stripped by DEPT_PREFIX and ROLE_PREFIX).
_FORM_ROLE = (
    r"(?:[\u4e00-\u9fff]{0,5}?(?:股室|科室|股|办公室|中心|大队)|[\u4e00-\u9fff]{1,5}?办"
    r"|分管副?局长|副局长|司机|驾驶员)"
)
# 苟春梅股长, 谷欣春副局长: a full name in a form may carry its title.
LONGEST_TITLE = _LONGEST_TITLE = "|".join(sorted(_TITLES.split("|"), key=len, reverse=True))
_FORM_ITEM = rf"{_FORM_ROLE}?(?:[\u4e00-\u9fff]{{2,4}}(?:{_LONGEST_TITLE})|[\u4e00-\u9fff·]{{2,4}})"
# 关于刘洋同志请假的报告: a document's title names whose absence it reports (AB0234, I0124).
TITLE_PERSON = compile_gated(
    rf"\W*关于(?P<names>{_PERSON}(?:[、和与及]{_PERSON}){{0,4}})(?:等[一二两三四五六七八九\d]名)?同志"
)
ROLE_PREFIX = compile_gated(
    r"^(?:分管副?局长|副局长|司机|驾驶员|副?(?:大队长|队长|站长|所长|股长|科长)|技术员|工程师)"
    r"(?=[\u4e00-\u9fff]{2})"
)
FORM_PERSON = compile_gated(
    r"(?:(?:请假人员?|申请人|外出人员?|出差人员?|报备人|当事人|参[会训加]人员?|人员|姓名"
    r"|(?<=\n)参[会训])\s*[:：]"
    r"|以下(?:人员|同志|同事)[^:：\n]{0,24}[:：])\s*"  # 以下人员明天去市局培训：王五、赵六
    rf"(?P<names>{_FORM_ITEM}(?:\s*(?:[、和及]|[,，](?![请望报特]))\s*{_FORM_ITEM}(?![{TC}]))*)"
    # voice input says the field without its colon: 请假人 刘洋 事由 看病
    r"|(?:请假人|申请人|外出人|报备人|姓名)\s*(?P<said>[\u4e00-\u9fff]{2,4}?)(?=\s*(?:事由|时间|日期|原因|类型|类别|去向|部门|股室|[\ue000-\ue002]))"
)


# What a colleague does, said before the name as a title is (司机老骆, 实习生小邬, 出纳小胡).
_JOB = (
    r"司机|驾驶员|实习生|见习生|出纳|会计|文书|档案员|资料员|巡查员|护堤员|协管员|网格员|门卫|保安"
    r"|炊事员"
)


# A colleague's job before their name in a list (站长老严和技术员小葛).
_ROLE = r"(?:副?(?:大队长|队长|主任|站长|所长|股长|科长)|工程师|技术员|" + _JOB + r")"


# Names as the subject of the report, at the start of a clause: 老李和小张今天去市局,
# 我股何平同志今日上午赴…, 李四（工程股）后天调休. The names end where a time, a place
# verb or a leave word begins.
def _subject(name: str, more: str = "") -> str:
    """The frame of names as the subject of a report, with ``name`` the shape of one name and
    ``more`` what else may follow them."""
    return (
        rf"(?:^|(?<=[{STOP}\s:：{TC}]))(?:兹有)?(?:我股|我局|我办|我队|我科|我室|我单位|本股|本科|本单位|我们(?:股|办|队|单位)|{_DEPT})?"
        r"(?:干部|职工|工作人员|员工|技术员)?(?:拟派|指派|安排|派)?"  # 兹有我股干部何伟于…
        # 副大队长滕飞拟于…, 司机老骆今天…
        r"(?:副?(?:大队长|队长|主任|站长|所长|股长|科长)|工程师|" + _JOB + r")?"
        # 站长老严和技术员小葛, 王主任跟李局上午…: each name of a list may carry its job, and
        # 跟 joins two going together (not 小李跟王局请假: whom leave is asked of)
        rf"(?P<names>{name}(?:\s*[(（][^)）]{{1,8}}[)）](?=\s*[、和与及跟]))?"
        rf"(?:\s*(?P<joined>[、和与及,]|跟(?={_DEPT}?{name}\s?[{TC}]))\s*{_DEPT}?{_ROLE}?{name}|(?<=[小老][\u4e00-\u9fff])[小老][\u4e00-\u9fff]){{0,4}})(?:\s*[(（][^)）]{{1,8}}[)）])?"
        rf"(?:两位|二位|三位|几位|[两二三四五六七八几\d]个?人,?|[两二三四五六七八几]个,?|[两二三四])?(?:同志,(?=[{TC}]|因)|同志|师傅)?(?:也|都|将|要|会|已经?|定于|计划|于|拟)?"
        r"(?:[ \t]+-{1,2}[ \t]*(?=去|到|赴|在))?"  # 周建军、何磊 —— 去…: a list line's dash
        # 何站长和老易，周一去…; 老邝、小覃：下午…: a list of names closed by a pause, then when
        rf"(?(joined)(?:[,:：][ \t]?(?=[{TC}]))?)"
        # 刚 is "just" before a verb; before 和 or a day it ends the name (易志刚和彭琳), and so
        # it does closing a line or the message (a letter's foot: 工程股 何志刚)
        rf"(?=[ \t]?[{TC}]|在|去|赴|前往|到|请(?!示)|休|调休|下午|上午|明天|今天|今日|回|现在"
        r"|晚到|迟到|早退|早走"  # 刘洋晚到一个小时: 晚 opens the predicate, not in the name
        rf"|刚(?![和与及、,。\n{TC}]|{_TITLES}|\s*$)|说[他她]"  # 陶杰刚科长: part of the name
        # 王局带队去邵阳…, 小柯陪审计组…
        r"|因|自|培训|出差|外出|从|带队|率队|带领|陪同?(?![我你您])"
        r"|被(?=[^,.;:!?。\n]{0,8}?(?:叫|喊|派|抽|召|借调?)过?去)"  # 被区政府叫去开会: sent
        r"|不(?:去|参加|出差|外出)(?=[^,.;:!?。\n]{0,10}?了)"  # 熊队和小万不去法院了: withdrawn
        rf"|[年病事婚产丧]假|陪产假|探亲假|护理假|参加|出席|参会|申请|拟|{_OWN_AFFAIR}{more})"
    )


# What befalls the person named just before it, so that the name is whose absence follows:
# their health (感冒了, 住院了), their family (家孩子住院, 母亲病危, 的老婆昨晚生了), leave asked
# of the speaker (跟我请假了), the car they drive (出车).
_OWN_AFFAIR = (
    r"感冒|发烧|发高烧|重感冒|住院|生病|病了|身体|不舒服|扭伤|摔伤|受伤"
    r"|(?:的|家的?)?(?:爱人|老婆|妻子|丈夫|媳妇|父亲|母亲|爷爷|奶奶|外婆|外公|孩子|小孩|儿子|女儿|老人)"
    r"|家里|(?:跟|向|找)我请|出车"
)


# 阿斌, 宁姐, 胖哥 as the subject too (names.NICKNAME; only here, where the clause's start
# anchors it: in the patterns that search anywhere, a name opening with any character would
# cost every position of every message).
SUBJECT = compile_gated(_subject(rf"(?:{_PERSON}|{names.NICKNAME})"))
# 郈鹏今天晚到…让我报一下, 我股隗洋同志…: a name with a surname no inventory holds, in the
# subject's place, where the message says someone else is meant (SOMEONE_ELSE). Any two to
# four characters: names.slot_name checks they are shaped as a name and not a word.
_ANY_NAME = r"[\u4e00-\u9fff]{2,4}?"
SLOT = compile_gated(
    _subject(
        _ANY_NAME,
        r"|(?:让|叫|托)我|的(?:外出|出差|培训|请假|[年病事婚产]假|调休)",
    )
)
# 我和夔琳去株洲…: the colleague going with the speaker, by a name no inventory holds.
COMPANION_SLOT = compile_gated(
    rf"(?:^|(?<=[{STOP}\s:：{TC}]))我(?:和|跟|与|同)(?P<names>{_ANY_NAME}(?:[、和与及]{_ANY_NAME}){{0,4}})"
    rf"(?=[{TC}]|一起|都|现在|马上|去|赴|前往|到|在)"
)
# What says someone else is meant: 让我/托我 (asked by them), 帮他/替她 (done for them), 同志,
# a count (两位, 三个人), 他/她.
# 付股长让我先去…, 李局让我下午去…: after 让我/叫我, the speaker sent somewhere (a time or an
# adverb of how soon may stand between): the speaker's own report, nobody else's.
_SENT_ONWARD = (
    rf"[{TC}\s]*(?:先|再|马上|赶紧|赶快|立即|立刻|顺便|抽空)?[{TC}\s]*"
    r"(?:去|赴|跑|到|参加|出席|陪|代(?!请|报|销))"
)
SOMEONE_ELSE = compile_gated(
    rf"(?:让|叫|托|请)我(?![们局股办队单司室]|科(?!目))(?!{_SENT_ONWARD})|(?:替|帮|代)[他她]|代为|代报|代其|同志|[他她](?!们)"
    r"|[两二三四五六七八几\d](?:位|个人|人)"
)

# 工程股三人（鲁工、詹斌、顾晓）, 外出人员：工程股全体（林股长、朱工、小韩）: a group counted or
# called whole, its members named in brackets.
BRACKETED = compile_gated(
    r"(?:全体|全员|[两二三四五六七八几\d]个?人|[两二三四五六七八几\d]位(?:同事|同志)?|等人)\s*[(（]"
    rf"(?P<names>{_PERSON}(?:\s*[、和与及,]\s*{_PERSON}){{1,6}})[)）]"
)
# 陈主任陪李局去区政府, 葛师傅现在开车送王局去市局: the one who goes with (or drives) a
# colleague and that colleague are both away.
ESCORT = compile_gated(
    rf"(?:^|(?<=[{STOP}\s:：]))(?P<names>{_PERSON})(?:[{TC}]|现在|马上|一会儿?)*(?:开车|开公车)?"
    rf"(?:陪同?|送|带)(?P<other>{_PERSON})(?=[{TC}]*(?:去|到|赴|前往))"
)
# 规划股的两位同事，吴敏和沈浩，下周一去…: colleagues counted, then named between commas.
APPOSED = compile_gated(
    r"(?:[两二三四五六七八几\d]位|[两二三四五六七八几\d]个)(?:同事|同志)[,\s]+"
    rf"(?P<names>{_PERSON}(?:\s*[、和与及]\s*{_PERSON}){{1,6}})[,\s]+(?=[{TC}])"
)
# 我和小彭现在去…, 我跟王局现在去…: the colleague going with the speaker is named.
COMPANION = compile_gated(
    rf"(?:^|(?<=[{STOP}\s:：{TC}]))我(?:和|跟|与|同)(?P<names>{_PERSON}(?:\s*[、和与及]\s*{_PERSON}){{0,4}})"
    rf"(?=[{TC}]|一起|都|现在|马上|去|赴|前往|到|在|今天|明天|后天|下午|上午)"
)
# …去湘江码头执法，要出去一整天：石队长、小晏、老范: the list closing the message, after a
# colon, names everyone the message is about.
CLOSING_LIST = compile_gated(
    rf"[:：][ \t]*(?P<names>{_PERSON}(?:\s*[、和与及,]\s*{_PERSON}){{1,6}})[ \t]*[。.!！]?\s*$"
)
# 农田水利组：\n孙丽、刘洋、小周\n今天…: names on a line of their own are who is away.
NAME_LINE = compile_lazy(
    rf"(?:^|(?<=[:：\n]))[ \t]*"
    rf"(?P<names>{_PERSON}(?:\s*[、和与及,]\s*{_PERSON}){{1,6}})[ \t]*(?=\n)"
)
# 王局安排小罗明天去…, 局里决定：派陈刚赴…, 安排一下：许燕、马超去…: an assignment of named
# colleagues, told to the group; a report only when it is addressed upward (UPWARD).
ASSIGNS = compile_gated(
    rf"(?:(?<!外出|出差)安排|指派|委派|选派|(?<![拟分])派(?!出所)|(?<=[局长任记导])(?:让|叫|要求))(?:一下)?[:：]?\s*[^{STOP}我]{{0,12}}?"
    rf"(?:{_NAME}|·{{2}}|[\u4e00-\u9fff]{{2,3}}(?=[、和]|赴|去|到|参加))"  # 派酆霞洋赴…: any name
)
UPWARD = compile_lazy(r"报告|请示|报备|特此|妥否|批示|审批|审定|批准|请假")
# 明天上午的区政府会议李局不去了: the event named, then who withdraws from it.
WITHDRAWN = compile_gated(
    rf"(?<=[会议训班庭])(?P<names>{_NAME}(?:[、和]{_NAME}){{0,3}})(?:也|就)?不(?:去|参加)了"
)
# 更正：小刘的外出是下午: the named person's own absence, corrected or withdrawn for them.
POSSESSOR = compile_gated(
    rf"(?:^|(?<=[{STOP}\s:：]))(?P<names>{_PERSON}(?:[、和与及]{_PERSON}){{0,4}})"
    r"的(?=外出|出差|培训|请假|[年病事婚产]假|调休)"  # 唐队长、易晓明的培训: each one's
)
# 袁野的车出了点小事故…，今天请一天假: the colleague whose affair opens the message, with no
# 我 anywhere, is the one on leave.
OWNER_OPENS = compile_gated(rf"^\W*(?P<names>{_PERSON})的(?!事|话)")
# 小李让我帮他请个假, 老孙让我代他报备, 托我在群里说一声: the named person is the one away.
# 王局让我下午去…: the speaker sent somewhere is the one away, not who sent.
ASKED_BY = compile_gated(rf"(?P<names>{_PERSON})(?:同志)?(?:让|叫|托|请)我(?!{_SENT_ONWARD})")
# 小鲁妈妈住院了，她让我帮请…: the pronoun stands for the person named before it.
ASKED_BY_PRONOUN = compile_gated(r"[他她](?:让|叫|托|请)我|(?:替|帮|代)[他她](?=报|请|说|销)")
# 韩磊爱人昨天生了，他从今天起休陪产假: 他/她 opening a later clause, the colleague named first
PRONOUN_SUBJECT = compile_gated(
    rf"(?<=[{STOP}])\s*[他她](?=[{TC}]|从|也|要|将|已|会|请|休|去|赴|在外|[年病事婚产丧]假|陪产假|探亲假|早退|晚到|迟到)"
)
# 王局刚来电话，他和李科长今天…: the colleague the pronoun stands for goes with the one
# named after 和 (他说…, 他让我… name no companion).
PRONOUN_COMPANION = compile_gated(
    rf"[他她](?:和|跟|与)(?P<names>{_DEPT}?{_PERSON}(?:[、和与及]{_PERSON}){{0,3}})"
    rf"(?=[{TC}]|都|一起|去|赴|到|在)"
)
# 刚接到黄局电话，他今天…: the caller, named where the call is received, is whom a later
# 他/她 stands for.
CALLER = compile_gated(
    rf"(?:^|(?<=[{STOP}\s]))(?:刚才?|刚刚)?(?:接到|接了|收到)(?P<names>{_PERSON})(?:打来)?的?"
    r"(?:电话|微信|消息|短信|信息)"
)
# 我们三个（老刘、小吕、小贺）去…: the group's members, named in brackets.
GROUP = compile_lazy(
    rf"我们(?:[两二三四五六七八几]个人?|[两二三四五六七八几]人|几位)?\s*[(（]"
    rf"(?P<names>{_PERSON}(?:\s*[、和与及,]\s*{_PERSON}){{1,6}})[)）]"
)
NOT_SUBJECTS = frozenset(
    {"马上", "万一", "高速", "江边", "于是", "向前", "方便", "金额", "周末", "时间", "全天", "全体",
     "和平", "安全", "程序", "路上", "石头", "高新区", "明早", "钱款", "申请", "申报", "文件",
     "施工", "包括", "洪水", "易于", "童年", "左右", "祝贺", "牛奶", "凌晨", "包干", "甘于",
     "康复", "赖床"}
)  # fmt: skip


# --- the silence net with no time said: setting out now (intent.outing_now) ---------------
# A verb of setting out (去, 赴, 前往, 赶去, 跑一趟, 下工地, 到 but not 收到, 迟到, 到时).
_SET_OUT = (
    rf"(?:去|赴|前往|赶去|赶往|赶过去|{_NOT_BEFORE_TO}(?<![迟报想做达搬迁调移])到(?![时底点位期岗家了过])"
    r"|[跑走](?=一?趟)|下(?=乡|村|基层|工地|现场|堤|泵站|闸|水库|灌区|企业|社区)|上(?=堤|坝|工地))"
)
# Where to: a place word (not the start of a verb: 处理, 办事, 所以; not 一点, 买点).
_WHERE_TO = (
    rf"(?<![一买早快晚有两几这那差些送拿带取办弄吃喝查搞做])(?:{_PLACE})(?![理以有事个完好])"
)
# Errands that take the one doing them somewhere by themselves (去接访, 赴现场督导, 去开会).
_FIELD_ERRAND = (
    r"出庭|开庭|应诉|接访|走访|调研|巡堤|巡查|巡河|督查|督导|验收|勘察|勘查|踏勘|察看|视察|考察"
    r"|抢险|抢修|值守|驻点|蹲点|测量|看险情|盯现场|开会|参会|培训"
)
FIELD_ERRAND = compile_gated(_FIELD_ERRAND)
# 去区公安分局调卷宗, 跟张工去看下泵站, 跑一趟区财政局, 下工地: the speaker sets out for a
# place elsewhere or a field errand (not 去会议室, 去局里, 回家).
SETTING_OUT = compile_gated(
    rf"{_SET_OUT}(?:一?趟|一下)?(?!{_HERE}|[^{STOP}]{{0,5}}{_INDOORS})"
    rf"[^{STOP}{TC}·\d%]{{0,12}}?(?:{_WHERE_TO}|{_FIELD_ERRAND})"  # not 到2025年农村
    rf"|[跑走]一?趟(?=$|[{STOP}])|(?<![不你他她])过去(?=一?趟|一下|看看|看一下|看下)"
    rf"|(?<![不你他她])赶(?:过)?去(?=$|[{STOP}])"  # 泵站报警了，我赶过去
)
# 邓局被区政府叫去开会了, 老周被抽去区防指: sent by someone else, the one named goes (to
# whoever called them, as a rule) as if of their own accord (not one the speaker sends: 叫小王去…).
SENT_PASSIVE = compile_gated(rf"被(?P<by>[^{STOP}]{{0,8}}?)(?:叫|喊|派|抽|召|借调?)过?去")
# 去法院, 到金霞垸巡堤, 出车 去月塘水库, 老孙去法院: a short message that is nothing but the
# setting out (the speaker's, or a colleague's named first),
# the telegraph form of a group where people post where they go; the model, trained on
# longer reports, is not sure of it, and the net asks (absence_reader._read_as_written).
TELEGRAPH_OUTING = compile_gated(
    rf"^(?:我|{_PERSON}|出车[{STOP}\s]*)?(?={_SET_OUT})[^{STOP}\s]{{1,14}}(?:[{STOP}\s][^{STOP}\s]{{1,8}})?$"
)
TELEGRAPH_LENGTH = 18

# What makes such a message no outing now, where no time is said to place it (the refusals
# of intent.REFUSALS hold as well): the outing told as done (去了趟, 去过, 交了材料, 刚…,
# 已经…); a plan or a wish not settled (打算, 准备, 可能, 要不要, 改天, 有空); a habit
# (平时, 经常, 一般); a need, a rule or a suggestion (需要, 可以, 最好, …吧); an outing
# talked about (去省厅的路, 去的时候, 以前); for someone, or for everyone (帮我, 大家, 咱们);
# someone else (他, 她, 你, someone sent); a unit's document (我省, 我区); not going (不去,
# 没去, 别去); after work or for leisure; the trip itself talked about (要带, 很远, 几路).
NOT_SETTING_OUT = compile_gated(
    rf"(?:去|到|跑|赴)(?:过|了(?=[^{STOP}了]))|(?:{ERRAND}|看|调|领|盖|问)了(?=[^{STOP}了吧])"
    r"|(?:办|交|送|签|弄|搞|查|看|调|拿|取|领|盖)(?:完|好)了(?![就再])"
    r"|刚刚?(?!接到|出发|出门|动身)|刚才|已经?(?!出发|在路上)|回来了|回来啦"
    r"|要不要|打算|可能|准备|计划|想(?:去|到|跑|过去)|考虑|也许|或许|说不定|看能不能|争取|尽量"
    r"|改天|下次|下回|回头|有空|有时间|哪天|到时|以后|将来|迟早|早晚|再去|再跑|还没"
    r"|每(?:天|周|次|回|个?月|年|逢)|经常|常常|总是|一般|平时|平常|通常|老是|往往|一直"
    rf"|需要|必须|(?<![必])须|应该|应当|可以|最好|建议|不妨|记得|别忘|吧(?=$|[{STOP}\s])"
    rf"|的(?:路(?!上)|车|人|时候|话|事|同志|同事)|时候|之前|当年|那时|那会|原来|上次|上回"
    r"|帮我|替我|给我|顺便|大家|各位|全体|所有人|咱们?|(?<!其)[他她你]|我(?=[省市县区局厅])"
    # 请张工去…, 让小王去…: someone sent (让我去…, 领导安排我去… is the speaker's outing)
    r"|(?:(?<![申邀])请(?!假)|让|叫|派|安排|麻烦)(?!我)[^,.;:!?。\n]{0,6}?(?:去|到|赴|跑)"
    r"|不(?=去|到|赴|过去|出去|用|必|需|想|敢|会)|没(?=去|到|出去|空|时间)|别(?=去|过去|出去|跑)"
    r"|下班(?:后|以后|之后|的时候|路上|顺路)|周末|放假|吃饭|吃个饭|聚餐|喝酒|旅游|逛|玩|钓鱼|爬山"
    r"|食堂|厕所|洗手间|卫生间"
    # the trip itself talked about or asked after: 去区财政局要带身份证, 得先预约, 很麻烦, 坐几路车,
    # 等通知
    r"|[要得](?:带|穿|先)|没用|[很挺太]麻烦|注意|[很挺太不多]远|怎么走|几路|预约|等(?:通知|消息|安排)"
    r"|干嘛|干什么|做什么|为啥|为什么"  # 去区财政局干嘛: asked, with no question mark
)
