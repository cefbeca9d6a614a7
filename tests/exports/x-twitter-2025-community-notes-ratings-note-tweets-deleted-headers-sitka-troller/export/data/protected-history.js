window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2025-01-19T07:26:40.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2025-02-02T16:11:03.000Z",
      "action" : "Unprotect"
    }
  }
]