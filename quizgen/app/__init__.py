"""The Streamlit app: pages, the views they are made of, and the bank shelf they read."""
