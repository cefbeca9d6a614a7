window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1288374650192837465",
      "userLink" : "https://twitter.com/intent/user?user_id=1288374650192837465"
    }
  },
  {
    "blocking" : {
      "accountId" : "987612340918273645",
      "userLink" : "https://twitter.com/intent/user?user_id=987612340918273645"
    }
  }
]