"""Render the printed records of the demo store into docs/pdf/ (PDF + one PNG per page).

    .venv/bin/python scripts/render_documents.py            # a representative set (make docs-pdf)
    .venv/bin/python scripts/render_documents.py --all DIR  # every document of the demo store

The demo store is made in a temporary folder (fictitious data, fast key derivation) and removed
afterwards. The representative set shows every kind of document at least once: concept and adopted
records, the chair's agenda, numbered copies, struck actions, a case excerpt, the year register
and an English document. Page images come from poppler's pdftoppm (scripts/render_pdf_pages.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_reports import open_demo  # noqa: E402
from reports.documents import DocumentRequest, build_document  # noqa: E402
from scripts.render_pdf_pages import render_pages  # noqa: E402
from storage.meetings import MeetingQueries  # noqa: E402
from storage.store import Store  # noqa: E402

OUT = ROOT / "docs" / "pdf"


@dataclass(frozen=True)
class Sample:
    name: str  # file stem in docs/pdf
    request: DocumentRequest
    shows: str  # one line for docs/pdf/README.md


def samples(store: Store) -> list[Sample]:
    q = MeetingQueries(store)
    meetings = q.list_meetings()
    sealed = [m for m in meetings if m.sealed]
    ended = [m for m in meetings if not m.sealed and m.status == "afgelopen"]
    upcoming = q.upcoming_meeting() or meetings[-1]

    def richness(summary: object) -> tuple[int, int, int]:
        minutes = q.minutes(summary.id)  # type: ignore[attr-defined]
        partial = sum(bool(i.absent) for i in minutes.items)
        return (len(minutes.amendments) + len(minutes.addenda), partial, summary.decisions)  # type: ignore[attr-defined]

    adopted = max(sealed, key=richness)
    most_aangifte = max(
        sealed, key=lambda m: (len(q.decisions(meeting_id=m.id, outcome="aangifte")), m.decisions)
    )
    struck = max(meetings, key=lambda m: sum(a.closed_since_previous for a in q.action_list(m.id).actions))
    concept = ended[-1] if ended else meetings[-1]
    case_id = max({d.case_id for d in q.decisions()}, key=lambda c: (len(q.case_history(c).discussions), -c))
    year = max(m.date.year for m in meetings)
    return [
        Sample(
            "agenda-concept",
            DocumentRequest("agenda", meeting_id=upcoming.id),
            f"agenda of the upcoming meeting {upcoming.number} (concept: watermark), planned times and end",
        ),
        Sample(
            "agenda-voorzitter",
            DocumentRequest("agenda", meeting_id=upcoming.id, chair_version=True),
            "the chair's version: durations, time slots, earlier decisions and open actions per case",
        ),
        Sample(
            "verslag-vastgesteld",
            DocumentRequest("verslag", meeting_id=adopted.id),
            f"adopted minutes of {adopted.number}: attendance, decisions and actions inline, partial "
            "presence, amendments, adoption, fingerprint",
        ),
        Sample(
            "verslag-concept",
            DocumentRequest("verslag", meeting_id=concept.id),
            f"concept minutes of {concept.number}",
        ),
        Sample(
            "besluitenlijst-vastgesteld",
            DocumentRequest("besluitenlijst", meeting_id=most_aangifte.id),
            f"adopted decision list of {most_aangifte.number}: the cases that go to aangifte, numbered "
            "decisions, count per outcome",
        ),
        Sample(
            "besluitenlijst-concept-2-exemplaren",
            DocumentRequest("besluitenlijst", meeting_id=concept.id, copies=2),
            f"concept decision list of {concept.number} in two numbered copies (“Exemplaar n van 2”)",
        ),
        Sample(
            "actielijst",
            DocumentRequest("actielijst", meeting_id=struck.id),
            f"action list for {struck.number}: actions closed since the previous meeting struck through",
        ),
        Sample(
            "uittreksel",
            DocumentRequest("uittreksel", case_id=case_id),
            "excerpt for one case file: every discussion and decision across meetings",
        ),
        Sample(
            f"besluitenregister-{year}",
            DocumentRequest("register", year=year),
            f"decision register {year}: count per outcome and every decision of the year",
        ),
        Sample(
            "besluitenlijst-en",
            DocumentRequest("besluitenlijst", meeting_id=most_aangifte.id, lang="en"),
            "the same decision list in English (UI language English)",
        ),
    ]


def every_request(store: Store) -> list[tuple[str, DocumentRequest]]:
    q = MeetingQueries(store)
    found: list[tuple[str, DocumentRequest]] = []
    for m in q.list_meetings():
        slug = m.number.replace(" ", "-")
        for kind in ("agenda", "verslag", "besluitenlijst", "actielijst"):
            found.append((f"{kind}-{slug}", DocumentRequest(kind, meeting_id=m.id)))
        found.append(
            (f"agenda-voorzitter-{slug}", DocumentRequest("agenda", meeting_id=m.id, chair_version=True))
        )
    for case_id in sorted({d.case_id for d in q.decisions()}):
        history = q.case_history(case_id)
        found.append((f"uittreksel-{history.reference}", DocumentRequest("uittreksel", case_id=case_id)))
    for year in sorted({m.date.year for m in q.list_meetings()}):
        found.append((f"besluitenregister-{year}", DocumentRequest("register", year=year)))
    return found


# Every file of the representative set starts with this, apart from the layout samples that
# docs/pdf/make_samples.py writes to the same folder.
PREFIX = "demo-"


def write(name: str, pdf: bytes, out: Path, images: bool) -> list[Path]:
    path = out / f"{name}.pdf"
    path.write_bytes(pdf)
    return render_pages(path, out) if images else []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", metavar="DIR", help="write every document of the demo store to DIR")
    parser.add_argument("--no-images", action="store_true", help="PDFs only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="overlegtafel-demo-") as tmp:
        store = open_demo(Path(tmp) / "demo")
        try:
            if args.all:
                out = Path(args.all)
                out.mkdir(parents=True, exist_ok=True)
                for name, request in every_request(store):
                    document = build_document(store, request)
                    write(name, document.pdf, out, not args.no_images)
                    print(f"{name}.pdf  {document.pages} p.")
                return 0
            for sample in samples(store):
                document = build_document(store, sample.request)
                pages = write(PREFIX + sample.name, document.pdf, OUT, not args.no_images)
                print(f"{PREFIX}{sample.name}.pdf  {document.pages * document.copies} p.  {sample.shows}")
                for page in pages:
                    print(f"  {page.relative_to(ROOT)}")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
