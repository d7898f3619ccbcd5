"""Citation stage: every reference to another document, parsed, typed and related.

``find`` runs the steps and builds the citations; ``finder`` scans the text for anchors;
``exclude`` drops what is no citation (the document's own number, drafts); ``parts`` reads a
mention's type, number, symbol and date, ``names`` a law's name; ``issuers`` its issuer;
``context`` the words around it; ``relations`` how this document relates to it; ``patterns``
holds the stage's compiled patterns; ``placement`` ties citations to the nodes that hold them.
"""

from vnlegal.citations.find import extract_citations as extract_citations
