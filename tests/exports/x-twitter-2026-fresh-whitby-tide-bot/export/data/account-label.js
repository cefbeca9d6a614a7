window.YTD.account_label.part0 = [
  {
    "accountLabel" : {
      "label" : "AutomatedLabel",
      "managedByScreenName" : "tamsin_rae_wx"
    }
  }
]