window.YTD.protected_history.part0 = [ {
  "protectedHistory" : {
    "protectedAt" : "2019-02-10T21:33:05.000Z",
    "action" : "Unprotect"
  }
}, {
  "protectedHistory" : {
    "protectedAt" : "2019-01-27T22:15:48.000Z",
    "action" : "Protect"
  }
} ]