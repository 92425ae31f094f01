"""Use cases: what a user does. Transactions, permission checks, audit entries. No Qt.

The GUI, the command line and the tests all call these.
"""
