"""Print summary (a preview of the one page, then Print… or Save as PDF…) and the folder packet.

PDFs are built and pages drawn by jobs on the window's job runner; the window never freezes, and
closing a dialog while its job runs is safe (the job ends on its own and tells no one).
"""

from infusion_desk.ui.printing.packet_export import PacketExport
from infusion_desk.ui.printing.summary_dialog import SummaryDialog, print_pdf_page

__all__ = ["PacketExport", "SummaryDialog", "print_pdf_page"]
