window.YTD.direct_message_mute.part0 = [
  {
    "muting" : {
      "accountId" : "1402855519034241029",
      "userLink" : "https://twitter.com/intent/user?user_id=1402855519034241029"
    }
  },
  {
    "muting" : {
      "accountId" : "3198842207",
      "userLink" : "https://twitter.com/intent/user?user_id=3198842207"
    }
  }
]