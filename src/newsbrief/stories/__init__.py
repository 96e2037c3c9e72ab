"""Stories: many articles grouped as they arrive, and one brief across them."""
