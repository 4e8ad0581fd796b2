"""The reader's widgets: article list, article panes, detail panel, legend and status."""
