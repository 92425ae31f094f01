"""One print path for every document: preview (QtPdf), print (QPrintDialog), save as PDF — each audited.

The PDF stays in memory (a QBuffer): no plain copy of a document is ever written to a temp file.
Saving is the user's choice; the file is written atomically with owner-only permissions.
"""
from __future__ import annotations

from typing import Callable

from counselor_app.services import documents
from counselor_app.ui import dialogs
from counselor_app.ui.qt import (
    QBuffer, QByteArray, QDialog, QDialogButtonBox, QGuiApplication, QIODevice, QPainter, QPushButton, QSize,
    QVBoxLayout, QWidget, Qt,
)


def open_document(app, parent: QWidget, title: str, kind: str, build: Callable, default_name: str,
                  target_id: str | int = "") -> None:
    """Build the PDF on the worker (reportlab loads there, not at start-up), then show the preview.

    Whether it may be saved as a file comes from the document's registration (the recovery-key sheet may not).
    ``target_id``: the record the document is about (a student's access report): its preview, print and save
    are audited under that record.
    """
    def done(pdf: bytes) -> None:
        dialog = PrintPreview(app, parent, title, kind, pdf, default_name, target_id)
        dialog.save_button.setVisible(documents.get_document(kind).savable)
        parent.preview = dialog  # the open preview of this window (kept referenced while it is shown)
        dialog.open()
        app.worker.run(lambda s: documents.record_output(s, kind, "preview", *dialog.target), context=dialog)

    app.worker.run(build, done, lambda e: dialogs.show_error(parent, e), context=parent)


def open_registered(app, parent: QWidget, kind: str, suffix: str, target_id: str | int = "", **params) -> None:
    """The document registered as ``kind`` in services.documents, built with ``params``, in the preview; its file
    name is offered as its title and ``suffix`` (a record's number, a day)."""
    from counselor_app.translation import translate_text

    title = translate_text(documents.get_document(kind).label)
    open_document(app, parent, title, kind, lambda s: documents.build_document(s, kind, tr=translate_text, **params),
                  default_name=f"{title}-{suffix}", target_id=target_id)


class PrintPreview(QDialog):
    def __init__(self, app, parent: QWidget | None, title: str, kind: str, pdf: bytes, default_name: str,
                 target_id: str | int = "") -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.app = app
        self.kind = kind
        self.pdf = pdf
        self.default_name = default_name
        self.target_id = target_id
        self.target = (documents.get_document(kind).target[0], target_id) if target_id != "" else ("", "")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        # as tall as a page likes, but never taller than the screen: 打印… and 关闭 must stay reachable
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(820, screen.width() - 40), min(900, screen.height() - 80))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        layout = QVBoxLayout(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # clicked(bool) would pass its checked flag as the printer: each button calls without arguments
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_pdf())
        layout.addWidget(buttons)
        app.locked_changed.connect(self._on_locked)

    def _on_locked(self, locked: int) -> None:
        """The office is being locked: the pages (names, notes) leave the screen and memory; nothing comes back on
        unlocking — the document is printed again from its page."""
        if locked:
            self.close()
            self.deleteLater()

    def _forget(self) -> None:
        self.document.close()
        self.pdf = b""
        self._bytes.clear()

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> bool:
        """Ask for the printer, then print every page at its resolution. Returns False when the user cancelled."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not dialogs.choose_printer(self, printer):
            return False
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.show_info(self, self.windowTitle(), self.tr("The printer could not be started."))
            return False
        try:
            dpi = min(printer.resolution(), 300)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(int(points.width() * dpi / 72),
                                                         int(points.height() * dpi / 72)))
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self.app.worker.run(lambda s: documents.record_output(s, self.kind, "print", *self.target), context=self)
        return True

    def save_pdf(self) -> None:
        path = dialogs.get_save_file_name(self, self.tr("Save as PDF"), self.default_name + ".pdf",
                                          self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        pdf, kind, target_id = self.pdf, self.kind, self.target_id
        self.app.worker.run(lambda s: documents.save_document(s, kind, pdf, path, target_id),
                            lambda _r: dialogs.show_info(self, self.tr("Saved"),
                                                         self.tr("The PDF was saved as {path}.").format(path=path)),
                            lambda e: dialogs.show_error(self, e), context=self)

    def done(self, result: int) -> None:
        self._forget()   # a closed preview keeps no copy of the document (the window holding it may live on)
        super().done(result)
