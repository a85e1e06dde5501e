"""Doctor: a customer's database read before an upgrade, without changing it: where it stands, how its schema drifted
from what its history leaves, which files will run and which of their changes will fail on its rows or lock its
tables."""
