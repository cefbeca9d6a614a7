window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1623389017054687233",
      "userLink" : "https://twitter.com/intent/user?user_id=1623389017054687233"
    }
  },
  {
    "blocking" : {
      "accountId" : "884412037519413248",
      "userLink" : "https://twitter.com/intent/user?user_id=884412037519413248"
    }
  }
]