window.YTD.account_suspension.part0 = [
  {
    "accountSuspension" : {
      "timeStamp" : "2024-11-03T08:14:52.000Z",
      "action" : "Suspend"
    }
  },
  {
    "accountSuspension" : {
      "timeStamp" : "2024-11-05T17:40:09.000Z",
      "action" : "Unsuspend"
    }
  }
]