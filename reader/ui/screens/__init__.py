"""Screens pushed over the reader: help and search."""
