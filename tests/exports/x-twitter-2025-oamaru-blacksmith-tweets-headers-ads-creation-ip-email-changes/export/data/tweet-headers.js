window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1889412236573409536",
      "user_id" : "563018842",
      "created_at" : "Tue Feb 11 20:14:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1876530994117603328",
      "user_id" : "563018842",
      "created_at" : "Tue Jan 07 07:06:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1861097514982752256",
      "user_id" : "563018842",
      "created_at" : "Mon Nov 25 17:59:30 +0000 2024"
    }
  }
]
