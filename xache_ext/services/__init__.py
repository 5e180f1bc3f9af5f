"""The facade's services: one module per Xache service, each operation defined once."""
