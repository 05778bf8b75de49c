"""After fieldwork: the lead inspector's obligations once fieldwork ends (the memorandum between HMIP, the YJB
and MoJ, seed 003), their due dates, and the content that lists them (standards/after-fieldwork.yaml)."""
