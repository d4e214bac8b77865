"""Helpers shared by the role-rule test modules (tests/test_roles_v1xx.py): run the parties grammar on an invented
text with the rules alone (no learned role, so each test checks one rule), the set of names in some rows, the id
of the rule that placed a name, and the titles a name got."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None, glued=False):
    return find_parties(text, split_sentences(text, glued=glued), title, learned=False)


def names(rows):
    return {r["name"] for r in rows}


def rule_of(rows, name):
    return next(r["rule"] for r in rows if r["name"] == name)


def titles_of(parties, name):
    return next(r["titles"] for rows in (parties.speakers, parties.attendees, parties.mentions) for r in rows
                if r["name"] == name)


def everyone(parties):
    """Every name the grammar found, whatever its row: speakers, attendees, mentions and the unplaced."""
    return names(parties.speakers + parties.attendees + parties.mentions + parties.unplaced)
