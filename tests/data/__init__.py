"""Where the tests' data files are: inside the repository, so a fresh clone needs nothing else.

See README.md here for where each file comes from and under which licence.
"""

from pathlib import Path

DATA = Path(__file__).resolve().parent
RECTIFICATION_REPORT = DATA / "rectification-report-2023-06.txt"  # the 25 rectification items
RECOGNIZERS_CASES = DATA / "recognizers-zh-datetime-cases.json"  # Recognizers-Text, MIT
NAME_SWAP = DATA / "name_swap.jsonl"  # training messages, names swapped (measure_names.py)
