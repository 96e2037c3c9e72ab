"""The web app and REST API (FastAPI, server-rendered Jinja2 templates, a little vanilla JS)."""
