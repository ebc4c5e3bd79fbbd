"""The offline IEP review: find an IEP's parts, check its goals and services, compare two
years, and keep a ledger of services delivered. Plain Python: no network, no Textual."""
