window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2025-03-02T06:41:19.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2025-04-27T15:08:55.000Z",
      "action" : "Unprotect"
    }
  }
]