"""The parts printed forms are built from, in one import (``from counselor_app.reports import toolkit as kit``).

Importing it loads reportlab but not matplotlib, which a chart loads when it is drawn.
"""
from __future__ import annotations

from counselor_app.reports.charts import Chart, bar_chart, line_chart
from counselor_app.reports.checkboxes import CheckList
from counselor_app.reports.encrypt import NoPdfPassword, encrypt_pdf
from counselor_app.reports.grid import Field, label_value_grid, text_cell
from counselor_app.reports.pdf_base import (CONTENT_WIDTH, MM, PageHeader, Styles, Translate, build_pdf, identity,
                                            title_block)
from counselor_app.reports.signature import Signer, seal_place, signature_block
from counselor_app.reports.table import Column, data_table
from counselor_app.reports.tearoff import TearOffLine, tear_off

__all__ = [
    "CONTENT_WIDTH", "MM", "Chart", "CheckList", "Column", "Field", "NoPdfPassword", "PageHeader", "Signer", "Styles",
    "TearOffLine", "Translate", "bar_chart", "build_pdf", "data_table", "encrypt_pdf", "identity", "label_value_grid",
    "line_chart", "seal_place", "signature_block", "tear_off", "text_cell", "title_block",
]
