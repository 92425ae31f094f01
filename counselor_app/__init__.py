"""Counseling Office Desk (心理辅导室工作台)."""

__version__ = "0.1.0"
APP_NAME = "counselor-app"
