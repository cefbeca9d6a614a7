window.YTD.account_suspension.part0 = [
  {
    "accountSuspension" : {
      "timeStamp" : "2025-02-11T21:07:33.000Z",
      "action" : "Suspend"
    }
  },
  {
    "accountSuspension" : {
      "timeStamp" : "2025-02-13T03:41:10.000Z",
      "action" : "Unsuspend"
    }
  }
]
