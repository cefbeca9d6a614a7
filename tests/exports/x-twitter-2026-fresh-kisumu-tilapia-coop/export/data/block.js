window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1838450019920867328",
      "userLink" : "https://twitter.com/intent/user?user_id=1838450019920867328"
    }
  }
]