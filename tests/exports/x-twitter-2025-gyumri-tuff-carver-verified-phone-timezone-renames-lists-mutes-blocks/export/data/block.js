window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1760355018224365568",
      "userLink" : "https://twitter.com/intent/user?user_id=1760355018224365568"
    }
  },
  {
    "blocking" : {
      "accountId" : "1402968311850573825",
      "userLink" : "https://twitter.com/intent/user?user_id=1402968311850573825"
    }
  }
]
