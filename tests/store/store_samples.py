"""Coded articles made by hand for the store tests: they test the store, not the stages."""

from __future__ import annotations

from communique.model import ActorRef, Article, CodedArticle, Event, Location, Quote, TimeExpr


def coded(article_id: str, *, events: int = 1, date: str = "2025-04-10", status: str = "planned") -> CodedArticle:
    """A coded article as a stage would produce it (the records are built by hand on purpose:
    this tests the store, not the stages)."""
    article = Article(id=article_id, path=f"{article_id}.md", title="Talks", published="2025-04-08",
                      outlet="The Moscow Times", credits=["AFP"], text="Talks will take place Thursday in Istanbul.")
    russia = ActorRef(text="Russia", code="RUS", sector="GOV", cameo="RUSGOV", name="Russia")
    usa = ActorRef(text="U.S.", code="USA", sector="GOV", cameo="USAGOV", name="United States")
    return CodedArticle(
        article=article,
        events=[Event(id=f"{article_id}-e{i}", event_type="AGREE", actor=[russia], recipient=[usa], cameo="036",
                      date=date, date_precision="day", status=status,
                      location=Location(name="Istanbul", geonameid=745044, country="TUR", lat=41.01, lon=28.95),
                      sentence=0, start=0, end=5, evidence="Talks will take place", trigger="Talks")
                for i in range(events)],
        quotes=[Quote(text="Talks will take place", start=0, end=21, kind="indirect", cue="said", speaker=russia)],
        timexes=[TimeExpr(text="Thursday", start=22, end=30, type="DATE", value="2025-04-10", sentence=0)],
    )
