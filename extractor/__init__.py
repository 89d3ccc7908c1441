"""extract: dates, document references, officials and figures from Vietnamese administrative text.

>>> from extractor import extract
>>> result = extract("Chiều 28/12/2023, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, phát biểu.")
>>> sorted(result.to_dict())
['dates', 'document_date', 'documents', 'officials', 'source', 'targets']
"""

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "__version__"]


def __getattr__(name):
    # Imported on first use, so `extract --version` compiles no patterns.
    if name in ("extract", "extract_many"):
        from extractor import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
