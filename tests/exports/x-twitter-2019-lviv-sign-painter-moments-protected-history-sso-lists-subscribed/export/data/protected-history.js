window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2019-03-02T21:04:11.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2019-05-17T07:58:40.000Z",
      "action" : "Unprotect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2019-11-30T19:22:05.000Z",
      "action" : "Protect"
    }
  }
]