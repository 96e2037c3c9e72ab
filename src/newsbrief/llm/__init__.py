"""Optional LLM engine: prose sections from any OpenAI-compatible model, verified against the source."""
