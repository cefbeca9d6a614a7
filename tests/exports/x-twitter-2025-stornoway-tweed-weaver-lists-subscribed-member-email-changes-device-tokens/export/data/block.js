window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1555873920184756",
      "userLink" : "https://twitter.com/intent/user?user_id=1555873920184756"
    }
  },
  {
    "blocking" : {
      "accountId" : "555019283",
      "userLink" : "https://twitter.com/intent/user?user_id=555019283"
    }
  }
]
