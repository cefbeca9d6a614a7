window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1529384756102938624",
      "userLink" : "https://twitter.com/intent/user?user_id=1529384756102938624"
    }
  }
]