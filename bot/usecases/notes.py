"""Discipline notes as people read them, for the chat and the exports."""

from __future__ import annotations

from bot.domain.notes import (
    checks_cover,
)
from bot.services import Services
from messages import notes as text
from storage.notes import Note


# ---------------------------------------------------------------------- rendering
async def view_of(svc: Services, note: Note) -> text.NoteView:
    at = note.at.astimezone(svc.tz)
    until = note.until.astimezone(svc.tz) if note.until else None
    lines = []
    checked = checks_cover(note.category)
    for person in note.people:
        member = await svc.members.get(person.member_id)
        cover = None
        if not checked:
            pass  # not about absence: no 已报备/未报备
        elif person.covered and person.kind and person.start and person.end:
            start, end = person.start.astimezone(svc.tz), person.end.astimezone(svc.tz)
            cover = text.cover_text(person.kind, start, end, at.date())
        elif person.covered:
            cover = "已撤销的报备"
        name = member.name if member else f"#{person.member_id}"
        lines.append(text.PersonLine(name, cover, checked))
    author = await svc.members.get(note.author_id)
    return text.NoteView(
        note.id,
        text.when_text(at, until),
        note.category,
        lines,
        note.text,
        author.name if author else f"#{note.author_id}",
    )
