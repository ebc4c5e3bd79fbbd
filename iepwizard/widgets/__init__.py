"""Reusable widgets: each receives its data and posts messages up; none writes user data."""
