"""Question answering: retrieval, the gates, selector and framer of the extractive answerer,
the optional LLM and its guard, and the engine that composes them. Never imports service.api."""
