"""The PySide6 desktop application: a thin skin over the services."""
