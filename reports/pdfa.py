"""PDF/A-2b additions to a reportlab document, done inside reportlab itself.

Reportlab has no PDF/A switch, and post-processing (pypdf) is not available at run time, so this
module replaces the document's catalog and info objects with subclasses that write what PDF/A-2b
needs: an XMP metadata stream that mirrors the Info dictionary, an sRGB OutputIntent, and fixed
creation dates so the output is deterministic. Fonts are embedded by reportlab's TrueType
subsetting; transparency is avoided by the callers (no alpha anywhere in `reports`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from hashlib import md5
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import reportlab
from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

ICC_PROFILE = Path(__file__).resolve().parent / "icc" / "sRGB-lcms2-builtin.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = f"ReportLab PDF Library {reportlab.Version}"

_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # fixed by the XMP specification


class PDFACatalog(PDFCatalog):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """reportlab's catalog only writes keys it knows; PDF/A needs OutputIntents as well."""

    __NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]  # noqa: RUF012


class PDFAInfo(PDFInfo):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """Info dictionary limited to entries that have an XMP twin, with a caller-supplied date.

    PDF/A requires every Info entry with an XMP equivalent to match it exactly, so empty entries
    are left out of both (reportlab would write placeholders like "unspecified"), and Trapped is
    not written at all.
    """

    created: datetime = datetime(2000, 1, 1, tzinfo=UTC)
    lang: str = "nl-NL"

    def text_entries(self) -> dict[str, str]:
        entries = {
            "Title": self.title,
            "Author": self.author,
            "Subject": self.subject,
            "Keywords": self.keywords,
            "Creator": self.creator,
            "Producer": self.producer,
        }
        return {key: value for key, value in entries.items() if value}

    def format(self, document: PDFDocument) -> bytes:
        entries: dict[str, object] = {key: PDFString(value) for key, value in self.text_entries().items()}
        entries["CreationDate"] = entries["ModDate"] = PDFString(pdf_date(self.created))
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def pdf_date(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return utc.strftime("D:%Y%m%d%H%M%S+00'00'")


def xmp_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _lang_alt(value: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{xml_escape(value)}</rdf:li></rdf:Alt>'


def xmp_packet(info: PDFAInfo) -> bytes:
    """The XMP metadata: PDF/A identification plus the same facts as the Info dictionary."""
    entries = info.text_entries()
    dc = ["<dc:format>application/pdf</dc:format>"]
    if "Title" in entries:
        dc.append(f"<dc:title>{_lang_alt(entries['Title'])}</dc:title>")
    if "Author" in entries:
        dc.append(
            f"<dc:creator><rdf:Seq><rdf:li>{xml_escape(entries['Author'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    if "Subject" in entries:
        dc.append(f"<dc:description>{_lang_alt(entries['Subject'])}</dc:description>")
    dc.append(f"<dc:language><rdf:Bag><rdf:li>{xml_escape(info.lang)}</rdf:li></rdf:Bag></dc:language>")
    xmp = [
        f"<xmp:CreateDate>{xmp_date(info.created)}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{xmp_date(info.created)}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{xmp_date(info.created)}</xmp:MetadataDate>",
    ]
    if "Creator" in entries:
        xmp.append(f"<xmp:CreatorTool>{xml_escape(entries['Creator'])}</xmp:CreatorTool>")
    pdf = []
    if "Producer" in entries:
        pdf.append(f"<pdf:Producer>{xml_escape(entries['Producer'])}</pdf:Producer>")
    if "Keywords" in entries:
        pdf.append(f"<pdf:Keywords>{xml_escape(entries['Keywords'])}</pdf:Keywords>")

    def description(namespace: str, uri: str, body: list[str]) -> str:
        inner = "\n   ".join(body)
        return (
            f'  <rdf:Description rdf:about="" xmlns:{namespace}="{uri}">\n   {inner}\n  </rdf:Description>\n'
        )

    packet = (
        f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        + description(
            "pdfaid",
            "http://www.aiim.org/pdfa/ns/id/",
            ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"],
        )
        + description("dc", "http://purl.org/dc/elements/1.1/", dc)
        + description("xmp", "http://ns.adobe.com/xap/1.0/", xmp)
        + (description("pdf", "http://ns.adobe.com/pdf/1.3/", pdf) if pdf else "")
        + " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        # Padding lets an archive tool rewrite the packet in place, as the XMP spec advises.
         + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


@cache
def _icc_profile() -> bytes:
    return ICC_PROFILE.read_bytes()


def _output_intent(doc: PDFDocument) -> PDFDictionary:
    profile = PDFStream(
        PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}),
        content=_icc_profile(),
        filters=[PDFZCompress],
    )
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
            "Info": PDFString(OUTPUT_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )


def make_pdfa(doc: PDFDocument, *, created: datetime, lang: str, seed: bytes) -> None:
    """Turn a fresh reportlab PDFDocument into one that writes PDF/A-2b structures.

    Must run right after the canvas is created, before anything references the catalog or info.
    `seed` replaces reportlab's file-identifier seed, which otherwise depends on the clock or on
    SOURCE_DATE_EPOCH; page contents are added to it later, so /ID reflects the content.
    """
    catalog = PDFACatalog()
    catalog.__dict__.update(doc.Catalog.__dict__)
    doc.Catalog = doc._catalog = catalog

    info = PDFAInfo()
    info.__dict__.update(doc.info.__dict__)
    info.created = created
    info.lang = lang
    info.producer = PRODUCER
    doc.info = info

    signature = md5(usedforsecurity=False)
    signature.update(seed)
    doc.signature = signature

    catalog.Metadata = XMP(creator=lambda _doc: xmp_packet(doc.info))
    catalog.OutputIntents = PDFArray([_output_intent(doc)])
