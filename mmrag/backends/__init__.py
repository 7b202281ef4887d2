"""Model backends behind one-method interfaces (see base.py), each with a real and a fake."""
