"""Text the answerer uses (answer frames, refusals, LLM prompts), kept out of code so it can be
reviewed and translated on its own. A package only so that it ships in the wheel beside service/."""
