"""The HTTP layer: the FastAPI app, the OpenAI-compatible API, access control, pages and
streams. It turns domain errors into status codes; the question answering never imports it."""
