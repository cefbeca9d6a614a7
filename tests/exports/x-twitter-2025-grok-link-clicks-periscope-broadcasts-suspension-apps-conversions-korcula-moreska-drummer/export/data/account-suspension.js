window.YTD.account_suspension.part0 = [
  {
    "accountSuspension" : {
      "timeStamp" : "2023-03-14T11:26:09.000Z",
      "action" : "Suspend"
    }
  },
  {
    "accountSuspension" : {
      "timeStamp" : "2023-03-16T08:02:51.000Z",
      "action" : "Unsuspend"
    }
  }
]