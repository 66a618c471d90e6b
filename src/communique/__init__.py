"""Communiqué: political event data from news articles.

    from communique.read import read_articles
    from communique.pipeline import code_articles

    for coded in code_articles(read_articles(["examples/"])):
        print(coded.to_dict())
"""

__version__ = "0.1.0"
