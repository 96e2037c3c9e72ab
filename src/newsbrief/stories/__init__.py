"""Stories: many articles grouped by the event they report, and what is built across them."""
