"""The numbered schema migrations (NNNN_name.sql and NNNN_name.py), read by store/migrations.py."""
