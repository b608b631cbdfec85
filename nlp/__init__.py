"""Attune's detection pipeline: session note in, annotations, summary and prompts out.

No Flask here. The service and the tests call only the names exported below.
"""
