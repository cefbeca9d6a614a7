window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2022-12-04T08:14:37.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2023-01-09T19:40:02.000Z",
      "action" : "Unprotect"
    }
  }
]