"""Stories: articles grouped into stories as they arrive (online incremental clustering)."""
